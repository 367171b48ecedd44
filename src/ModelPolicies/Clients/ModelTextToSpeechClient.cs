using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies;

/// <summary>
/// The base of every generated typed text-to-speech client: a text-to-speech client bound to one model. It pins
/// <see cref="TextToSpeechOptions.ModelId"/> on every request (on a clone, never the caller's options) and reports the
/// model as <see cref="TextToSpeechClientMetadata.DefaultModelId"/>. Experimental, as Microsoft.Extensions.AI's
/// text-to-speech abstractions are.
/// </summary>
[Experimental("MEAI001")]
public abstract class ModelTextToSpeechClient : DelegatingTextToSpeechClient
{
    /// <summary>Wraps <paramref name="innerClient"/> for <paramref name="model"/>.</summary>
    protected ModelTextToSpeechClient(ITextToSpeechClient innerClient, ModelDescriptor model)
        : base(innerClient)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model every request goes to.</summary>
    public ModelDescriptor Model { get; }

    /// <inheritdoc/>
    public override Task<TextToSpeechResponse> GetAudioAsync(
        string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetAudioAsync(text, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
        string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingAudioAsync(text, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (BoundModel.Answers<TextToSpeechClientMetadata>(serviceType, serviceKey))
        {
            var inner = base.GetService(serviceType, serviceKey) as TextToSpeechClientMetadata;
            return new TextToSpeechClientMetadata(inner?.ProviderName, inner?.ProviderUri, Model.Id);
        }

        return BoundModel.Answers<ModelDescriptor>(serviceType, serviceKey) ? Model : base.GetService(serviceType, serviceKey);
    }

    /// <summary>A clone of <paramref name="options"/> (or new options) whose <see cref="TextToSpeechOptions.ModelId"/> is this model.</summary>
    protected TextToSpeechOptions PinModel(TextToSpeechOptions? options)
    {
        var pinned = options?.Clone() ?? new TextToSpeechOptions();
        pinned.ModelId = Model.Id;
        return pinned;
    }
}
