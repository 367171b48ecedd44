using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies;

/// <summary>
/// The base of every generated typed image generator: an image generator bound to one model. It pins
/// <see cref="ImageGenerationOptions.ModelId"/> on every request (on a clone, never the caller's options) and reports the
/// model as <see cref="ImageGeneratorMetadata.DefaultModelId"/>. Experimental, as Microsoft.Extensions.AI's image
/// abstractions are.
/// </summary>
[Experimental("MEAI001")]
public abstract class ModelImageGenerator : DelegatingImageGenerator
{
    /// <summary>Wraps <paramref name="innerGenerator"/> for <paramref name="model"/>.</summary>
    protected ModelImageGenerator(IImageGenerator innerGenerator, ModelDescriptor model)
        : base(innerGenerator)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model every request goes to.</summary>
    public ModelDescriptor Model { get; }

    /// <inheritdoc/>
    public override Task<ImageGenerationResponse> GenerateAsync(
        ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GenerateAsync(request, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (BoundModel.Answers<ImageGeneratorMetadata>(serviceType, serviceKey))
        {
            var inner = base.GetService(serviceType, serviceKey) as ImageGeneratorMetadata;
            return new ImageGeneratorMetadata(inner?.ProviderName, inner?.ProviderUri, Model.Id);
        }

        return BoundModel.Answers<ModelDescriptor>(serviceType, serviceKey) ? Model : base.GetService(serviceType, serviceKey);
    }

    /// <summary>A clone of <paramref name="options"/> (or new options) whose <see cref="ImageGenerationOptions.ModelId"/> is this model.</summary>
    protected ImageGenerationOptions PinModel(ImageGenerationOptions? options)
    {
        var pinned = options?.Clone() ?? new ImageGenerationOptions();
        pinned.ModelId = Model.Id;
        return pinned;
    }
}
