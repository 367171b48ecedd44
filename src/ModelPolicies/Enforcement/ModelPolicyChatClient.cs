using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// A chat client that enforces a context's model policy on every request (docs/runtime.md): the model a
/// request goes to is checked before it is sent, and the model the response names after, against the same taxonomy,
/// catalog and words as the analyzer. A violation throws <see cref="ModelPolicyViolationException"/>, or in
/// <see cref="ModelPolicyMode.Report"/> mode is logged and recorded on the current activity.
/// </summary>
public class ModelPolicyChatClient : DelegatingChatClient
{
    private readonly PolicyEnforcer _enforcer;
    private readonly bool _ownsInnerClient;

    /// <summary>Enforces <paramref name="policy"/> on the requests of <paramref name="innerClient"/>, which this client then owns.</summary>
    /// <param name="innerClient">The client requests go to.</param>
    /// <param name="policy">The context's policy: <see cref="ModelPolicy.For{TContext}"/>.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyChatClient(IChatClient innerClient, ModelPolicy policy, ILoggerFactory? loggerFactory = null)
        : this(innerClient, policy, loggerFactory, ownsInnerClient: true)
    {
    }

    internal ModelPolicyChatClient(IChatClient innerClient, ModelPolicy policy, ILoggerFactory? loggerFactory, bool ownsInnerClient)
        : base(innerClient)
    {
        var metadata = innerClient.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata;
        _enforcer = new PolicyEnforcer(policy, ModelTask.Chat, innerClient.GetService, metadata?.DefaultModelId, metadata?.ProviderUri, loggerFactory);
        _ownsInnerClient = ownsInnerClient;
    }

    /// <summary>Whether a violation refuses the call (the default) or is reported and let through.</summary>
    public ModelPolicyMode Mode
    {
        get => _enforcer.Mode;
        set => _enforcer.Mode = value;
    }

    /// <summary>Where report mode logs (category <see cref="ModelPolicyTelemetry.LoggerCategory"/>); by default the service provider's.</summary>
    public ILoggerFactory? LoggerFactory
    {
        get => _enforcer.LoggerFactory;
        set => _enforcer.LoggerFactory = value;
    }

    /// <summary>The policy enforced: the context's requirements and exemptions, and the settings they are judged under.</summary>
    public ModelPolicy Policy => _enforcer.Policy;

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Send(
            options?.ModelId,
            (Inner: InnerClient, Messages: messages, Options: options),
            static (call, token) => call.Inner.GetResponseAsync(call.Messages, call.Options, token),
            static response => response.ModelId,
            cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Stream(
            options?.ModelId,
            (Inner: InnerClient, Messages: messages, Options: options),
            static (call, token) => call.Inner.GetStreamingResponseAsync(call.Messages, call.Options, token),
            static update => update.ModelId,
            cancellationToken);

    /// <summary>Disposes the inner client when this client owns it: not when the service provider does.</summary>
    protected override void Dispose(bool disposing)
    {
        if (_ownsInnerClient)
        {
            base.Dispose(disposing);
        }
    }
}
