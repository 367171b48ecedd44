using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// A speech-to-text client that enforces a context's model policy on every request: the model of
/// <see cref="SpeechToTextOptions.ModelId"/> (else the inner client's <see cref="SpeechToTextClientMetadata.DefaultModelId"/>)
/// before sending, the response's model after (streaming: the first update that names one, before it is yielded); the
/// model must perform speech to text. Experimental, as Microsoft.Extensions.AI's speech-to-text abstractions are.
/// </summary>
[Experimental("MEAI001")]
public class ModelPolicySpeechToTextClient : DelegatingSpeechToTextClient
{
    private readonly PolicyEnforcer _enforcer;

    /// <summary>Enforces <paramref name="policy"/> on the requests of <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client requests go to.</param>
    /// <param name="policy">The context's policy: <see cref="ModelPolicy.For{TContext}"/>.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicySpeechToTextClient(ISpeechToTextClient innerClient, ModelPolicy policy, ILoggerFactory? loggerFactory = null)
        : base(innerClient)
    {
        var metadata = innerClient.GetService(typeof(SpeechToTextClientMetadata)) as SpeechToTextClientMetadata;
        _enforcer = new PolicyEnforcer(policy, ModelTask.SpeechToText, innerClient.GetService, metadata?.DefaultModelId, metadata?.ProviderUri, loggerFactory);
    }

    /// <inheritdoc cref="ModelPolicyChatClient.Mode"/>
    public ModelPolicyMode Mode
    {
        get => _enforcer.Mode;
        set => _enforcer.Mode = value;
    }

    /// <inheritdoc cref="ModelPolicyChatClient.LoggerFactory"/>
    public ILoggerFactory? LoggerFactory
    {
        get => _enforcer.LoggerFactory;
        set => _enforcer.LoggerFactory = value;
    }

    /// <inheritdoc cref="ModelPolicyChatClient.Policy"/>
    public ModelPolicy Policy => _enforcer.Policy;

    /// <inheritdoc/>
    public override Task<SpeechToTextResponse> GetTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Send(
            options?.ModelId,
            (Inner: InnerClient, Audio: audioSpeechStream, Options: options),
            static (call, token) => call.Inner.GetTextAsync(call.Audio, call.Options, token),
            static response => response.ModelId,
            cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Stream(
            options?.ModelId,
            (Inner: InnerClient, Audio: audioSpeechStream, Options: options),
            static (call, token) => call.Inner.GetStreamingTextAsync(call.Audio, call.Options, token),
            static update => update.ModelId,
            cancellationToken);
}
