using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// An embedding generator that enforces a context's model policy on every request: the model of
/// <see cref="EmbeddingGenerationOptions.ModelId"/> (else the inner generator's <see cref="EmbeddingGeneratorMetadata.DefaultModelId"/>)
/// before sending, the <see cref="Embedding.ModelId"/> of the first embedding after; the model must perform embedding.
/// </summary>
/// <typeparam name="TInput">The input type, usually <see cref="string"/>.</typeparam>
/// <typeparam name="TEmbedding">The embedding type.</typeparam>
public class ModelPolicyEmbeddingGenerator<TInput, TEmbedding> : DelegatingEmbeddingGenerator<TInput, TEmbedding>
    where TEmbedding : Embedding
{
    private readonly PolicyEnforcer _enforcer;

    /// <summary>Enforces <paramref name="policy"/> on the requests of <paramref name="innerGenerator"/>.</summary>
    /// <param name="innerGenerator">The generator requests go to.</param>
    /// <param name="policy">The context's policy: <see cref="ModelPolicy.For{TContext}"/>.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyEmbeddingGenerator(IEmbeddingGenerator<TInput, TEmbedding> innerGenerator, ModelPolicy policy, ILoggerFactory? loggerFactory = null)
        : base(innerGenerator)
    {
        var metadata = innerGenerator.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata;
        _enforcer = new PolicyEnforcer(policy, ModelTask.Embedding, innerGenerator.GetService, metadata?.DefaultModelId, metadata?.ProviderUri, loggerFactory);
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
    public override Task<GeneratedEmbeddings<TEmbedding>> GenerateAsync(
        IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Send(
            options?.ModelId,
            (Inner: InnerGenerator, Values: values, Options: options),
            static (call, token) => call.Inner.GenerateAsync(call.Values, call.Options, token),
            static embeddings => embeddings.Count > 0 ? embeddings[0].ModelId : null,
            cancellationToken);
}
