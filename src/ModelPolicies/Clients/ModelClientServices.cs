using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ModelPolicies;

/// <summary>
/// Dependency-injection registration shared by every generated <c>Add&lt;Name&gt;…</c> method: the task's client keyed by
/// the model id, on Microsoft.Extensions.AI's <c>AddKeyed…</c> (so it can be decorated through the returned builder), and
/// the typed client on top of it.
/// </summary>
public static class ModelClientServices
{
    /// <summary>
    /// Registers a chat client keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed client <typeparamref name="TClient"/> on top of it.
    /// </summary>
    public static ChatClientBuilder Add<TClient>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        Func<IChatClient, TClient> createClient)
        where TClient : ModelChatClient =>
        Register(services, modelId, createClient, keyed => keyed.AddKeyedChatClient(modelId, innerClientFactory));

    /// <summary>
    /// Registers an embedding generator keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed generator <typeparamref name="TGenerator"/> on top of it.
    /// </summary>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddEmbeddingGenerator<TGenerator>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>> innerGeneratorFactory,
        Func<IEmbeddingGenerator<string, Embedding<float>>, TGenerator> createGenerator)
        where TGenerator : ModelEmbeddingGenerator =>
        Register(services, modelId, createGenerator, keyed => keyed.AddKeyedEmbeddingGenerator(modelId, innerGeneratorFactory));

    /// <summary>
    /// Registers a speech-to-text client keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed client <typeparamref name="TClient"/> on top of it.
    /// </summary>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddSpeechToTextClient<TClient>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, ISpeechToTextClient> innerClientFactory,
        Func<ISpeechToTextClient, TClient> createClient)
        where TClient : ModelSpeechToTextClient =>
        Register(services, modelId, createClient, keyed => keyed.AddKeyedSpeechToTextClient(modelId, innerClientFactory));

    /// <summary>
    /// Registers a text-to-speech client keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed client <typeparamref name="TClient"/> on top of it.
    /// </summary>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddTextToSpeechClient<TClient>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, ITextToSpeechClient> innerClientFactory,
        Func<ITextToSpeechClient, TClient> createClient)
        where TClient : ModelTextToSpeechClient =>
        Register(services, modelId, createClient, keyed => keyed.AddKeyedTextToSpeechClient(modelId, innerClientFactory));

    /// <summary>
    /// Registers an image generator keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed generator <typeparamref name="TGenerator"/> on top of it.
    /// </summary>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder AddImageGenerator<TGenerator>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, IImageGenerator> innerGeneratorFactory,
        Func<IImageGenerator, TGenerator> createGenerator)
        where TGenerator : ModelImageGenerator =>
        Register(services, modelId, createGenerator, keyed => keyed.AddKeyedImageGenerator(modelId, innerGeneratorFactory));

    // The keyed service first, so the typed client resolves the pipeline the returned builder decorates.
    private static TBuilder Register<TService, TClient, TBuilder>(
        IServiceCollection services, string modelId, Func<TService, TClient> createClient, Func<IServiceCollection, TBuilder> addKeyed)
        where TService : notnull
        where TClient : class
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (createClient is null)
        {
            throw new ArgumentNullException(nameof(createClient));
        }

        var builder = addKeyed(services);
        services.AddSingleton(provider => createClient(provider.GetRequiredKeyedService<TService>(modelId)));
        return builder;
    }
}
