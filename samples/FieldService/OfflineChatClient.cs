using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace FieldService;

/// <summary>
/// The embedded stand-in model: answers every request locally and says which model was asked for, so the
/// sample runs anywhere. Swap in a real IChatClient (Ollama, ONNX Runtime GenAI, OpenAI) in an app.
/// </summary>
public sealed class OfflineChatClient : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var last = messages.LastOrDefault();
        var media = last?.Contents.OfType<DataContent>().Count() ?? 0;
        var text = $"({options?.ModelId ?? "no model"}) {Shorten(last?.Text ?? string.Empty)}{(media > 0 ? $" [+{media} attachment]" : string.Empty)}";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = options?.ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("offline") : null;

    public void Dispose()
    {
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
