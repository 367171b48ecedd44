using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies;

/// <summary>
/// The base of every generated typed speech-to-text client: a speech-to-text client bound to one model. It pins
/// <see cref="SpeechToTextOptions.ModelId"/> on every request (on a clone, never the caller's options) and reports the
/// model as <see cref="SpeechToTextClientMetadata.DefaultModelId"/>. Experimental, as Microsoft.Extensions.AI's
/// speech-to-text abstractions are.
/// </summary>
[Experimental("MEAI001")]
public abstract class ModelSpeechToTextClient : DelegatingSpeechToTextClient
{
    /// <summary>Wraps <paramref name="innerClient"/> for <paramref name="model"/>.</summary>
    protected ModelSpeechToTextClient(ISpeechToTextClient innerClient, ModelDescriptor model)
        : base(innerClient)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model every request goes to.</summary>
    public ModelDescriptor Model { get; }

    /// <inheritdoc/>
    public override Task<SpeechToTextResponse> GetTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetTextAsync(audioSpeechStream, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingTextAsync(audioSpeechStream, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (BoundModel.Answers<SpeechToTextClientMetadata>(serviceType, serviceKey))
        {
            var inner = base.GetService(serviceType, serviceKey) as SpeechToTextClientMetadata;
            return new SpeechToTextClientMetadata(inner?.ProviderName, inner?.ProviderUri, Model.Id);
        }

        return BoundModel.Answers<ModelDescriptor>(serviceType, serviceKey) ? Model : base.GetService(serviceType, serviceKey);
    }

    /// <summary>A clone of <paramref name="options"/> (or new options) whose <see cref="SpeechToTextOptions.ModelId"/> is this model.</summary>
    protected SpeechToTextOptions PinModel(SpeechToTextOptions? options)
    {
        var pinned = options?.Clone() ?? new SpeechToTextOptions();
        pinned.ModelId = Model.Id;
        return pinned;
    }
}
