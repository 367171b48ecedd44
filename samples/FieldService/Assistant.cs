using Microsoft.Extensions.AI;
using ModelPolicies;

namespace FieldService;

/// <summary>Summarizes technician notes on the tablet, offline: it must use a small on-device model.</summary>
[Edge]
public sealed class NoteSummarizer(IChatClient chat)
{
    public async Task<string> SummarizeAsync(string note)
    {
        // Policy violation (MP0001): a cloud-only foundation model in on-device code.
        var options = new ChatOptions { ModelId = "gpt-4o" };
        var response = await chat.GetResponseAsync($"Summarize for the work order: {note}", options);
        return $"[notes]   {response.Text}";
    }
}

/// <summary>Captions a technician's call as it happens: a latency-critical path.</summary>
public sealed class LiveCaptions(IChatClient chat)
{
    [LowLatency]
    public async Task<string> CaptionAsync(string audioTranscript)
    {
        // Policy violation (MP0002): a 70B model with no latency budget on the live path.
        const string model = "llama3.1:70b";
        var response = await chat.GetResponseAsync(audioTranscript, new ChatOptions { ModelId = model });
        return $"[caption] {response.Text}";
    }
}

/// <summary>Checks a photo of the equipment: the model must take images.</summary>
public sealed class PhotoInspector(IChatClient chat)
{
    [Multimodal(Modality.Image)]
    public async Task<string> InspectAsync(DataContent photo)
    {
        // Policy violation (MP0003): a text-only model behind a photo-inspection screen.
        var options = new ChatOptions { ModelId = "fieldnotes-slm" };
        var message = new ChatMessage(ChatRole.User, [new TextContent("Is this seal worn?"), photo]);
        var response = await chat.GetResponseAsync([message], options);
        return $"[inspect] {response.Text}";
    }
}
