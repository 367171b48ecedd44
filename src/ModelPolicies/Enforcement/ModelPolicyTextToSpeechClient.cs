using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// A text-to-speech client that enforces a context's model policy on every request: the model of
/// <see cref="TextToSpeechOptions.ModelId"/> (else the inner client's <see cref="TextToSpeechClientMetadata.DefaultModelId"/>)
/// before sending, the response's model after (streaming: the first update that names one, before it is yielded); the
/// model must perform text to speech. Experimental, as Microsoft.Extensions.AI's text-to-speech abstractions are.
/// </summary>
[Experimental("MEAI001")]
public class ModelPolicyTextToSpeechClient : DelegatingTextToSpeechClient
{
    private readonly PolicyEnforcer _enforcer;

    /// <summary>Enforces <paramref name="policy"/> on the requests of <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client requests go to.</param>
    /// <param name="policy">The context's policy: <see cref="ModelPolicy.For{TContext}"/>.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyTextToSpeechClient(ITextToSpeechClient innerClient, ModelPolicy policy, ILoggerFactory? loggerFactory = null)
        : base(innerClient)
    {
        var metadata = innerClient.GetService(typeof(TextToSpeechClientMetadata)) as TextToSpeechClientMetadata;
        _enforcer = new PolicyEnforcer(policy, ModelTask.TextToSpeech, innerClient.GetService, metadata?.DefaultModelId, metadata?.ProviderUri, loggerFactory);
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
    public override Task<TextToSpeechResponse> GetAudioAsync(
        string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Send(
            options?.ModelId,
            (Inner: InnerClient, Text: text, Options: options),
            static (call, token) => call.Inner.GetAudioAsync(call.Text, call.Options, token),
            static response => response.ModelId,
            cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
        string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Stream(
            options?.ModelId,
            (Inner: InnerClient, Text: text, Options: options),
            static (call, token) => call.Inner.GetStreamingAudioAsync(call.Text, call.Options, token),
            static update => update.ModelId,
            cancellationToken);
}
