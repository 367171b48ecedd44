using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>Calls as an application makes them.</summary>
internal static class Chat
{
    public static Task<ChatResponse> AskAsync(this IChatClient client, string? modelId = null) =>
        client.GetResponseAsync("Summarize my notes", modelId is null ? null : new ChatOptions { ModelId = modelId });

    public static async Task<List<ChatResponseUpdate>> StreamAsync(this IChatClient client, List<ChatResponseUpdate> received, string? modelId = null)
    {
        await foreach (var update in client.GetStreamingResponseAsync("Summarize my notes", modelId is null ? null : new ChatOptions { ModelId = modelId }))
        {
            received.Add(update);
        }

        return received;
    }
}
