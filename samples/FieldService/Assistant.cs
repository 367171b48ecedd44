using FieldService.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelPolicies;

namespace FieldService;

/// <summary>Summarizes technician notes on the tablet, offline: every model here must run on the device.</summary>
[Edge]
public sealed class NoteSummarizer(FieldnotesSlmClient notes, IChatClient chat)
{
    public async Task<string> SummarizeAsync(string note)
    {
        var response = await notes.GetResponseAsync($"Summarize for the work order: {note}");
        return $"[notes]    {response.Text}";
    }

    public async Task<string> DraftFollowUpAsync(string issue)
    {
#if CLEAN
        var options = new ChatOptions { ModelId = FieldnotesSlmClient.ModelId };
#else
        // Policy violation (MP0001): a cloud-only foundation model in on-device code.
        var options = new ChatOptions { ModelId = "gpt-4o" };
#endif
        var response = await chat.GetResponseAsync($"Draft a follow-up visit note: {issue}", options);
        return $"[follow-up] {response.Text}";
    }
}

/// <summary>Captions a technician's call as it happens: a latency-critical path.</summary>
public sealed class LiveCaptions(IChatClient chat)
{
    [LowLatency(MaxMilliseconds = 200)]
    public async Task<string> CaptionAsync(string transcript)
    {
#if CLEAN
        const string model = "fieldnotes";
#else
        // Policy violation (MP0002): a 70B model with no latency figure on the live path.
        const string model = "llama3.1:70b";
#endif
        var response = await chat.GetResponseAsync(transcript, new ChatOptions { ModelId = model });
        return $"[caption]  {response.Text}";
    }
}

/// <summary>Checks a photo of the equipment: the model must take images.</summary>
[Multimodal(Modality.Image)]
public sealed class PhotoInspector(InspectVisionClient vision, IServiceProvider services)
{
    public async Task<string> InspectAsync(DataContent photo)
    {
        var finding = await vision.GetImageResponseAsync("Is this seal worn?", photo);
#if CLEAN
        IChatClient writer = vision;
#else
        // Policy violation (MP0003): a text-only model behind the photo-inspection screen.
        IChatClient writer = services.GetRequiredService<FieldnotesSlmClient>();
#endif
        var summary = await writer.GetResponseAsync($"One line for the work order: {finding.Text}");
        return $"[inspect]  {finding.Text} / {summary.Text}";
    }
}

/// <summary>The weekly report is written in the back office: no context, any model will do.</summary>
public sealed class ServiceReport(Gpt4oClient writer)
{
    public async Task<string> WriteAsync(string facts)
    {
        var response = await writer.GetResponseAsync($"Write the weekly service report: {facts}");
        return $"[report]   {response.Text}";
    }
}

/// <summary>
/// Routes a technician's request on the device, to the model the deployment configures: a model only the deployment
/// knows cannot be checked at build time, so every request goes through the enforced client, which checks it against
/// this class's [Edge] context at run time (docs/runtime.md) — and the build does not report it as MP0007.
/// </summary>
[Edge]
public sealed class DispatchAssistant(ModelPolicyChatClient<DispatchAssistant> chat)
{
    public async Task<string> RouteAsync(string deployedModel, string request)
    {
        try
        {
            var response = await chat.GetResponseAsync($"Route this request: {request}", new ChatOptions { ModelId = deployedModel });
            return $"[dispatch] {response.Text}";
        }
        catch (ModelPolicyViolationException refused)
        {
            return $"[dispatch] refused at run time: {refused.Message}";
        }
    }
}

/// <summary>
/// Finds the past work order closest to a new note, on the tablet: the embedding model must run on the device too.
/// The generated embedding generator carries its model, so [Edge] checks it like any other use.
/// </summary>
[Edge]
public sealed class NoteSearch(NomicEmbedTextEmbeddingGenerator embeddings)
{
    public async Task<string> FindSimilarAsync(string note, IReadOnlyList<string> pastNotes)
    {
        var vectors = await embeddings.GenerateAsync([note, .. pastNotes]);
        var query = vectors[0].Vector;
        var best = Enumerable.Range(1, pastNotes.Count).MaxBy(i => Cosine(query.Span, vectors[i].Vector.Span));
        return $"[search]   ({vectors[best].ModelId}) closest past note: {pastNotes[best - 1]}";
    }

    private static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }

        return aa == 0 || bb == 0 ? 0 : dot / MathF.Sqrt(aa * bb);
    }
}
