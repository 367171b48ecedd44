using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies;

/// <summary>
/// The base of every generated typed embedding generator: an embedding generator bound to one model. It pins
/// <see cref="EmbeddingGenerationOptions.ModelId"/> on every request (on a clone, never the caller's options) and reports
/// the model as <see cref="EmbeddingGeneratorMetadata.DefaultModelId"/>.
/// </summary>
public abstract class ModelEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Wraps <paramref name="innerGenerator"/> for <paramref name="model"/>.</summary>
    protected ModelEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, ModelDescriptor model)
        : base(innerGenerator)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model every request goes to.</summary>
    public ModelDescriptor Model { get; }

    /// <inheritdoc/>
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GenerateAsync(values, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (BoundModel.Answers<EmbeddingGeneratorMetadata>(serviceType, serviceKey))
        {
            var inner = base.GetService(serviceType, serviceKey) as EmbeddingGeneratorMetadata;
            return new EmbeddingGeneratorMetadata(inner?.ProviderName, inner?.ProviderUri, Model.Id, inner?.DefaultModelDimensions);
        }

        return BoundModel.Answers<ModelDescriptor>(serviceType, serviceKey) ? Model : base.GetService(serviceType, serviceKey);
    }

    /// <summary>A clone of <paramref name="options"/> (or new options) whose <see cref="EmbeddingGenerationOptions.ModelId"/> is this model.</summary>
    protected EmbeddingGenerationOptions PinModel(EmbeddingGenerationOptions? options)
    {
        var pinned = options?.Clone() ?? new EmbeddingGenerationOptions();
        pinned.ModelId = Model.Id;
        return pinned;
    }
}
