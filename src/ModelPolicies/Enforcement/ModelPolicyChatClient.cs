using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// A chat client that enforces a context's model policy on every request (SPEC §9, docs/runtime.md): the model a
/// request goes to is checked before it is sent, and the model the response names after, against the same taxonomy,
/// catalog and words as the analyzer. A violation throws <see cref="ModelPolicyViolationException"/>, or in
/// <see cref="ModelPolicyMode.Report"/> mode is logged and recorded on the current activity.
/// </summary>
public class ModelPolicyChatClient : DelegatingChatClient
{
    private readonly PolicyEnforcer _enforcer;
    private readonly bool _ownsInnerClient;

    /// <summary>Enforces the requirements of <paramref name="context"/>'s attributes (its containing types' and assembly's included).</summary>
    /// <param name="innerClient">The client requests go to.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="settings">The catalog and options to judge by; null: those emitted into the context's assembly.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyChatClient(IChatClient innerClient, Type context, ModelPolicySettings? settings = null, ILoggerFactory? loggerFactory = null)
        : this(innerClient, ModelPolicy.Resolve(context, settings, null), loggerFactory, ownsInnerClient: true)
    {
    }

    /// <summary>Enforces <paramref name="requirements"/> given directly.</summary>
    /// <param name="innerClient">The client requests go to.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="settings">The catalog and options to judge by; null: those emitted into the entry assembly.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyChatClient(IChatClient innerClient, ModelRequirements requirements, ModelPolicySettings? settings = null, ILoggerFactory? loggerFactory = null)
        : this(innerClient, ModelPolicy.Resolve(requirements, settings, null), loggerFactory, ownsInnerClient: true)
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

    /// <summary>What every model must meet here.</summary>
    public ModelRequirements Requirements => _enforcer.Policy.Requirements;

    /// <summary>The context type, or null for requirements given directly.</summary>
    public Type? Context => _enforcer.Policy.Context;

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _enforcer.CheckRequest(options?.ModelId, out var refusal);
        return refusal is not null
            ? Task.FromException<ChatResponse>(refusal)
            : _enforcer.CheckResponse(request, base.GetResponseAsync(messages, options, cancellationToken), static response => response.ModelId);
    }

    /// <inheritdoc/>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Stream(
            options?.ModelId,
            token => InnerClient.GetStreamingResponseAsync(messages, options, token),
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
