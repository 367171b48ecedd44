using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>An inner chat client that answers at once, names the model it is told to, and counts what it is asked.</summary>
internal sealed class FakeChatClient : IChatClient
{
    private readonly ChatClientMetadata? _metadata;

    public FakeChatClient(string? defaultModelId = null, string? respondingModelId = null, Uri? providerUri = null)
    {
        _metadata = defaultModelId is null && providerUri is null ? null : new ChatClientMetadata("fake", providerUri, defaultModelId);
        RespondingModelId = respondingModelId;
    }

    /// <summary>The model the response names; null: none.</summary>
    public string? RespondingModelId { get; set; }

    /// <summary>The updates a streaming call yields, each naming a model or not; by default one naming <see cref="RespondingModelId"/>.</summary>
    public IReadOnlyList<string?>? StreamedModelIds { get; set; }

    public int Calls { get; private set; }

    public int StreamingCalls { get; private set; }

    public int Disposals { get; private set; }

    public ChatOptions? LastOptions { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastOptions = options;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")) { ModelId = RespondingModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StreamingCalls++;
        LastOptions = options;
        var index = 0;
        foreach (var model in StreamedModelIds ?? new[] { RespondingModelId })
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, $"part {index++}") { ModelId = model };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => Disposals++;
}
