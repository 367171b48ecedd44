using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// <c>UseModelPolicy</c> on Microsoft.Extensions.AI's client builders (docs/runtime.md): a context's policy enforced on every
/// request of the pipeline, shaped like the library's own <c>UseLogging</c> and <c>UseOpenTelemetry</c>. The settings
/// are the ones registered in the builder's service provider, else those emitted into the context's assembly (the
/// entry assembly's for requirements given directly); report mode logs to the service provider's logger factory.
/// </summary>
public static class ModelPolicyBuilderExtensions
{
    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>: its mode, its logger factory.</param>
    public static ChatClientBuilder UseModelPolicy<TContext>(this ChatClientBuilder builder, Action<ModelPolicyChatClient>? configure = null) =>
        Use(builder, PolicyOf(typeof(TContext)), configure);

    /// <summary>Enforces the context of <paramref name="context"/> (its attributes, its containing types' and its assembly's) on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>.</param>
    public static ChatClientBuilder UseModelPolicy(this ChatClientBuilder builder, Type context, Action<ModelPolicyChatClient>? configure = null) =>
        Use(builder, PolicyOf(context), configure);

    /// <summary>Enforces <paramref name="requirements"/> given directly on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>.</param>
    public static ChatClientBuilder UseModelPolicy(this ChatClientBuilder builder, ModelRequirements requirements, Action<ModelPolicyChatClient>? configure = null) =>
        Use(builder, PolicyOf(requirements), configure);

    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the embedding pipeline.</summary>
    /// <param name="builder">The embedding generator builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyEmbeddingGenerator{TInput, TEmbedding}"/>.</param>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseModelPolicy<TContext>(
        this EmbeddingGeneratorBuilder<string, Embedding<float>> builder, Action<ModelPolicyEmbeddingGenerator<string, Embedding<float>>>? configure = null) =>
        Use(builder, PolicyOf(typeof(TContext)), configure);

    /// <summary>Enforces the context of <paramref name="context"/> on the embedding pipeline.</summary>
    /// <param name="builder">The embedding generator builder.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyEmbeddingGenerator{TInput, TEmbedding}"/>.</param>
    public static EmbeddingGeneratorBuilder<TInput, TEmbedding> UseModelPolicy<TInput, TEmbedding>(
        this EmbeddingGeneratorBuilder<TInput, TEmbedding> builder, Type context, Action<ModelPolicyEmbeddingGenerator<TInput, TEmbedding>>? configure = null)
        where TEmbedding : Embedding =>
        Use(builder, PolicyOf(context), configure);

    /// <summary>Enforces <paramref name="requirements"/> given directly on the embedding pipeline.</summary>
    /// <param name="builder">The embedding generator builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyEmbeddingGenerator{TInput, TEmbedding}"/>.</param>
    public static EmbeddingGeneratorBuilder<TInput, TEmbedding> UseModelPolicy<TInput, TEmbedding>(
        this EmbeddingGeneratorBuilder<TInput, TEmbedding> builder, ModelRequirements requirements, Action<ModelPolicyEmbeddingGenerator<TInput, TEmbedding>>? configure = null)
        where TEmbedding : Embedding =>
        Use(builder, PolicyOf(requirements), configure);

    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the speech-to-text pipeline.</summary>
    /// <param name="builder">The speech-to-text client builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicySpeechToTextClient"/>.</param>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder UseModelPolicy<TContext>(this SpeechToTextClientBuilder builder, Action<ModelPolicySpeechToTextClient>? configure = null) =>
        Use(builder, PolicyOf(typeof(TContext)), configure);

    /// <summary>Enforces the context of <paramref name="context"/> on the speech-to-text pipeline.</summary>
    /// <param name="builder">The speech-to-text client builder.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicySpeechToTextClient"/>.</param>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder UseModelPolicy(this SpeechToTextClientBuilder builder, Type context, Action<ModelPolicySpeechToTextClient>? configure = null) =>
        Use(builder, PolicyOf(context), configure);

    /// <summary>Enforces <paramref name="requirements"/> given directly on the speech-to-text pipeline.</summary>
    /// <param name="builder">The speech-to-text client builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicySpeechToTextClient"/>.</param>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder UseModelPolicy(this SpeechToTextClientBuilder builder, ModelRequirements requirements, Action<ModelPolicySpeechToTextClient>? configure = null) =>
        Use(builder, PolicyOf(requirements), configure);

    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the text-to-speech pipeline.</summary>
    /// <param name="builder">The text-to-speech client builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyTextToSpeechClient"/>.</param>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder UseModelPolicy<TContext>(this TextToSpeechClientBuilder builder, Action<ModelPolicyTextToSpeechClient>? configure = null) =>
        Use(builder, PolicyOf(typeof(TContext)), configure);

    /// <summary>Enforces the context of <paramref name="context"/> on the text-to-speech pipeline.</summary>
    /// <param name="builder">The text-to-speech client builder.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyTextToSpeechClient"/>.</param>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder UseModelPolicy(this TextToSpeechClientBuilder builder, Type context, Action<ModelPolicyTextToSpeechClient>? configure = null) =>
        Use(builder, PolicyOf(context), configure);

    /// <summary>Enforces <paramref name="requirements"/> given directly on the text-to-speech pipeline.</summary>
    /// <param name="builder">The text-to-speech client builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyTextToSpeechClient"/>.</param>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder UseModelPolicy(this TextToSpeechClientBuilder builder, ModelRequirements requirements, Action<ModelPolicyTextToSpeechClient>? configure = null) =>
        Use(builder, PolicyOf(requirements), configure);

    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the image pipeline.</summary>
    /// <param name="builder">The image generator builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyImageGenerator"/>.</param>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder UseModelPolicy<TContext>(this ImageGeneratorBuilder builder, Action<ModelPolicyImageGenerator>? configure = null) =>
        Use(builder, PolicyOf(typeof(TContext)), configure);

    /// <summary>Enforces the context of <paramref name="context"/> on the image pipeline.</summary>
    /// <param name="builder">The image generator builder.</param>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyImageGenerator"/>.</param>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder UseModelPolicy(this ImageGeneratorBuilder builder, Type context, Action<ModelPolicyImageGenerator>? configure = null) =>
        Use(builder, PolicyOf(context), configure);

    /// <summary>Enforces <paramref name="requirements"/> given directly on the image pipeline.</summary>
    /// <param name="builder">The image generator builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyImageGenerator"/>.</param>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder UseModelPolicy(this ImageGeneratorBuilder builder, ModelRequirements requirements, Action<ModelPolicyImageGenerator>? configure = null) =>
        Use(builder, PolicyOf(requirements), configure);

    private static ChatClientBuilder Use(ChatClientBuilder builder, Func<IServiceProvider, ModelPolicy> policy, Action<ModelPolicyChatClient>? configure) =>
        NotNull(builder).Use((inner, services) => Configured(new ModelPolicyChatClient(inner, policy(services), LoggerFactory(services), ownsInnerClient: true), configure));

    private static EmbeddingGeneratorBuilder<TInput, TEmbedding> Use<TInput, TEmbedding>(
        EmbeddingGeneratorBuilder<TInput, TEmbedding> builder, Func<IServiceProvider, ModelPolicy> policy, Action<ModelPolicyEmbeddingGenerator<TInput, TEmbedding>>? configure)
        where TEmbedding : Embedding =>
        NotNull(builder).Use((inner, services) => Configured(new ModelPolicyEmbeddingGenerator<TInput, TEmbedding>(inner, policy(services), LoggerFactory(services)), configure));

    [Experimental("MEAI001")]
    private static SpeechToTextClientBuilder Use(SpeechToTextClientBuilder builder, Func<IServiceProvider, ModelPolicy> policy, Action<ModelPolicySpeechToTextClient>? configure) =>
        NotNull(builder).Use((inner, services) => Configured(new ModelPolicySpeechToTextClient(inner, policy(services), LoggerFactory(services)), configure));

    [Experimental("MEAI001")]
    private static TextToSpeechClientBuilder Use(TextToSpeechClientBuilder builder, Func<IServiceProvider, ModelPolicy> policy, Action<ModelPolicyTextToSpeechClient>? configure) =>
        NotNull(builder).Use((inner, services) => Configured(new ModelPolicyTextToSpeechClient(inner, policy(services), LoggerFactory(services)), configure));

    [Experimental("MEAI001")]
    private static ImageGeneratorBuilder Use(ImageGeneratorBuilder builder, Func<IServiceProvider, ModelPolicy> policy, Action<ModelPolicyImageGenerator>? configure) =>
        NotNull(builder).Use((inner, services) => Configured(new ModelPolicyImageGenerator(inner, policy(services), LoggerFactory(services)), configure));

    // The policy is resolved when the pipeline is built, with its service provider; bad arguments fail at once.
    private static Func<IServiceProvider, ModelPolicy> PolicyOf(Type context)
    {
        _ = context ?? throw new ArgumentNullException(nameof(context));
        return services => ModelPolicy.Resolve(context, null, services);
    }

    private static Func<IServiceProvider, ModelPolicy> PolicyOf(ModelRequirements requirements)
    {
        _ = requirements ?? throw new ArgumentNullException(nameof(requirements));
        return services => ModelPolicy.Resolve(requirements, null, services);
    }

    private static TClient Configured<TClient>(TClient client, Action<TClient>? configure)
    {
        configure?.Invoke(client);
        return client;
    }

    private static TBuilder NotNull<TBuilder>(TBuilder builder)
        where TBuilder : class =>
        builder ?? throw new ArgumentNullException(nameof(builder));

    private static ILoggerFactory? LoggerFactory(IServiceProvider services) => services.GetService<ILoggerFactory>();
}
