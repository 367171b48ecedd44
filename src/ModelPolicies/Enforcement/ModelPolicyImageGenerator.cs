using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// An image generator that enforces a context's model policy on every request: the model of
/// <see cref="ImageGenerationOptions.ModelId"/> (else the inner generator's <see cref="ImageGeneratorMetadata.DefaultModelId"/>)
/// before sending; the model must perform image generation. An image response names no model, so a model the catalog
/// does not know is never settled by one. Experimental, as Microsoft.Extensions.AI's image abstractions are.
/// </summary>
[Experimental("MEAI001")]
public class ModelPolicyImageGenerator : DelegatingImageGenerator
{
    private readonly PolicyEnforcer _enforcer;

    /// <summary>Enforces <paramref name="policy"/> on the requests of <paramref name="innerGenerator"/>.</summary>
    /// <param name="innerGenerator">The generator requests go to.</param>
    /// <param name="policy">The context's policy: <see cref="ModelPolicy.For{TContext}"/>.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public ModelPolicyImageGenerator(IImageGenerator innerGenerator, ModelPolicy policy, ILoggerFactory? loggerFactory = null)
        : base(innerGenerator)
    {
        var metadata = innerGenerator.GetService(typeof(ImageGeneratorMetadata)) as ImageGeneratorMetadata;
        _enforcer = new PolicyEnforcer(policy, ModelTask.ImageGeneration, innerGenerator.GetService, metadata?.DefaultModelId, metadata?.ProviderUri, loggerFactory);
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
    public override Task<ImageGenerationResponse> GenerateAsync(
        ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        _enforcer.Send(
            options?.ModelId,
            (Inner: InnerGenerator, Request: request, Options: options),
            static (call, token) => call.Inner.GenerateAsync(call.Request, call.Options, token),
            static _ => null,
            cancellationToken);
}
