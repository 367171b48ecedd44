extern alias runtime;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

// These tests call Microsoft.Extensions.AI's experimental speech and image abstractions directly, as a user's code would.
#pragma warning disable MEAI001

namespace ModelPolicies.Tests.Generator;

/// <summary>
/// The generated embedding, speech and image types compiled and run: each pins its model on a clone of the caller's
/// options, reports it in its metadata, passes other services through, and resolves through DI with its keyed service.
/// </summary>
public class TaskClientBehaviourTests
{
    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        var (output, _) = GeneratorHarness.Generate(TaskClientTests.Source, GeneratorHarness.Catalog(TaskClientTests.Catalog));
        return GeneratorHarness.Load(output);
    });

    private static T Create<T>(string typeName, RecordingInner inner) =>
        (T)Activator.CreateInstance(GeneratedType(typeName), inner)!;

    private static Type GeneratedType(string typeName) => Generated.Value.GetType("Contoso.App.Models." + typeName, throwOnError: true)!;

    [Fact]
    public async Task The_embedding_generator_pins_its_model_on_a_clone_of_the_callers_options()
    {
        var inner = new RecordingInner();
        var generator = Create<IEmbeddingGenerator<string, Embedding<float>>>("NotesEmbedEmbeddingGenerator", inner);
        var options = new EmbeddingGenerationOptions { ModelId = "text-embedding-3-large", Dimensions = 256 };

        await generator.GenerateAsync(new[] { "field note" }, options);
        await generator.GenerateVectorAsync("no options");

        Assert.Equal(new[] { "notes-embed", "notes-embed" }, inner.ModelIds);
        var sent = Assert.IsType<EmbeddingGenerationOptions>(inner.Options[0]);
        Assert.NotSame(options, sent);
        Assert.Equal(256, sent.Dimensions);
        Assert.Equal("text-embedding-3-large", options.ModelId);
    }

    [Fact]
    public async Task The_speech_to_text_client_pins_its_model_on_a_clone_of_the_callers_options_streaming_too()
    {
        var inner = new RecordingInner();
        var client = Create<ISpeechToTextClient>("FieldWhisperSpeechToTextClient", inner);
        var options = new SpeechToTextOptions { ModelId = "whisper-1", SpeechLanguage = "de" };

        await client.GetTextAsync(new MemoryStream(new byte[] { 1 }), options);
        await foreach (var _ in client.GetStreamingTextAsync(new MemoryStream(new byte[] { 1 }), options))
        {
        }

        await client.GetTextAsync(new MemoryStream(new byte[] { 1 }));

        Assert.Equal(new[] { "field-whisper", "field-whisper", "field-whisper" }, inner.ModelIds);
        var sent = Assert.IsType<SpeechToTextOptions>(inner.Options[0]);
        Assert.NotSame(options, sent);
        Assert.Equal("de", sent.SpeechLanguage);
        Assert.Equal("whisper-1", options.ModelId);
    }

    [Fact]
    public async Task The_text_to_speech_client_pins_its_model_on_a_clone_of_the_callers_options_streaming_too()
    {
        var inner = new RecordingInner();
        var client = Create<ITextToSpeechClient>("ReadoutVoiceTextToSpeechClient", inner);
        var options = new TextToSpeechOptions { ModelId = "tts-1", VoiceId = "alloy" };

        await client.GetAudioAsync("ready", options);
        await foreach (var _ in client.GetStreamingAudioAsync("ready", options))
        {
        }

        await client.GetAudioAsync("no options");

        Assert.Equal(new[] { "readout-voice", "readout-voice", "readout-voice" }, inner.ModelIds);
        var sent = Assert.IsType<TextToSpeechOptions>(inner.Options[0]);
        Assert.NotSame(options, sent);
        Assert.Equal("alloy", sent.VoiceId);
        Assert.Equal("tts-1", options.ModelId);
    }

    [Fact]
    public async Task The_image_generator_pins_its_model_on_a_clone_of_the_callers_options()
    {
        var inner = new RecordingInner();
        var generator = Create<IImageGenerator>("SketchImageImageGenerator", inner);
        var options = new ImageGenerationOptions { ModelId = "dall-e-3", Count = 2 };

        await generator.GenerateAsync(new ImageGenerationRequest("a worn valve"), options);
        await generator.GenerateImagesAsync("no options");

        Assert.Equal(new[] { "sketch-image", "sketch-image" }, inner.ModelIds);
        var sent = Assert.IsType<ImageGenerationOptions>(inner.Options[0]);
        Assert.NotSame(options, sent);
        Assert.Equal(2, sent.Count);
        Assert.Equal("dall-e-3", options.ModelId);
    }

    [Fact]
    public async Task Both_types_of_a_model_of_two_tasks_go_to_that_model()
    {
        var inner = new RecordingInner();
        await Create<ISpeechToTextClient>("InspectVoiceSpeechToTextClient", inner).GetTextAsync(new MemoryStream(new byte[] { 1 }));
        var chat = (IChatClient)Activator.CreateInstance(GeneratedType("InspectVoiceClient"), new RecordingChatClient(inner))!;
        await chat.GetResponseAsync("hello");
        Assert.Equal(new[] { "inspect-voice", "inspect-voice" }, inner.ModelIds);
    }

    public static TheoryData<string, Type, string> Metadata => new()
    {
        { "NotesEmbedEmbeddingGenerator", typeof(EmbeddingGeneratorMetadata), "notes-embed" },
        { "FieldWhisperSpeechToTextClient", typeof(SpeechToTextClientMetadata), "field-whisper" },
        { "ReadoutVoiceTextToSpeechClient", typeof(TextToSpeechClientMetadata), "readout-voice" },
        { "SketchImageImageGenerator", typeof(ImageGeneratorMetadata), "sketch-image" },
    };

    [Theory]
    [MemberData(nameof(Metadata))]
    public void Metadata_reports_the_model_as_default_and_keeps_the_providers_name_and_uri(string typeName, Type metadataType, string modelId)
    {
        var client = Create<object>(typeName, new RecordingInner());
        var metadata = Service(client, metadataType)!;
        Assert.IsType(metadataType, metadata);
        Assert.Equal(modelId, metadataType.GetProperty("DefaultModelId")!.GetValue(metadata));
        Assert.Equal("recording", metadataType.GetProperty("ProviderName")!.GetValue(metadata));
        Assert.Equal(RecordingInner.Endpoint, metadataType.GetProperty("ProviderUri")!.GetValue(metadata));
    }

    [Fact]
    public void The_embedding_generators_metadata_keeps_the_inner_generators_dimensions()
    {
        var generator = Create<IEmbeddingGenerator<string, Embedding<float>>>("NotesEmbedEmbeddingGenerator", new RecordingInner());
        Assert.Equal(RecordingInner.Dimensions, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }

    [Theory]
    [MemberData(nameof(Metadata))]
    public void The_descriptor_is_the_models_and_every_other_service_is_the_inner_ones(string typeName, Type metadataType, string modelId)
    {
        var inner = new RecordingInner();
        var client = Create<object>(typeName, inner);

        var descriptor = (runtime::ModelPolicies.ModelDescriptor)Service(client, typeof(runtime::ModelPolicies.ModelDescriptor))!;
        Assert.Equal(modelId, descriptor.Id);
        Assert.Same(descriptor, GeneratedType(typeName).GetProperty("Model")!.GetValue(client));
        Assert.Same(inner, Service(client, typeof(RecordingInner)));

        // A keyed request is not the client's own: the inner client's metadata answers it.
        Assert.Equal("inner-default", metadataType.GetProperty("DefaultModelId")!.GetValue(Service(client, metadataType, "key")));
    }

    public static TheoryData<string, Type, Type, string> Registrations => new()
    {
        { "NotesEmbedEmbeddingGenerator", typeof(IEmbeddingGenerator<string, Embedding<float>>), typeof(EmbeddingGeneratorBuilder<string, Embedding<float>>), "notes-embed" },
        { "FieldWhisperSpeechToTextClient", typeof(ISpeechToTextClient), typeof(SpeechToTextClientBuilder), "field-whisper" },
        { "ReadoutVoiceTextToSpeechClient", typeof(ITextToSpeechClient), typeof(TextToSpeechClientBuilder), "readout-voice" },
        { "SketchImageImageGenerator", typeof(IImageGenerator), typeof(ImageGeneratorBuilder), "sketch-image" },
        { "TextEmbedding3SmallEmbeddingGenerator", typeof(IEmbeddingGenerator<string, Embedding<float>>), typeof(EmbeddingGeneratorBuilder<string, Embedding<float>>), "text-embedding-3-small" },
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public void Add_method_registers_the_typed_client_on_a_keyed_service_of_its_task(string typeName, Type serviceType, Type builderType, string modelId)
    {
        var inner = new RecordingInner();
        var services = new ServiceCollection();
        var extensions = GeneratedType("ModelClientServiceCollectionExtensions");
        var factory = typeof(TaskClientBehaviourTests).GetMethod(nameof(Factory), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(serviceType).Invoke(null, new object[] { inner })!;
        var builder = extensions.GetMethod("Add" + typeName)!.Invoke(null, new[] { services, factory });
        Assert.IsType(builderType, builder);

        using var provider = services.BuildServiceProvider();
        var keyed = provider.GetRequiredKeyedService(serviceType, modelId);
        Assert.Same(inner, keyed);
        var typed = provider.GetRequiredService(GeneratedType(typeName));
        Assert.Equal(modelId, ((runtime::ModelPolicies.ModelDescriptor)Service(typed, typeof(runtime::ModelPolicies.ModelDescriptor))!).Id);
        Assert.Same(keyed, Service(typed, typeof(RecordingInner)));
        Assert.Same(typed, provider.GetRequiredService(GeneratedType(typeName)));
    }

    private static Func<IServiceProvider, T> Factory<T>(T inner) => _ => inner;

    // GetService of whichever abstraction the client is: every one has the same signature.
    private static object? Service(object client, Type serviceType, object? serviceKey = null) =>
        client.GetType().GetMethod("GetService", new[] { typeof(Type), typeof(object) })!.Invoke(client, new[] { serviceType, serviceKey });

    /// <summary>An inner client of every task at once: it records the model and options of each request.</summary>
    private sealed class RecordingInner : IEmbeddingGenerator<string, Embedding<float>>, ISpeechToTextClient, ITextToSpeechClient, IImageGenerator
    {
        public const int Dimensions = 384;

        public static readonly Uri Endpoint = new("http://localhost:11434");

        public List<string?> ModelIds { get; } = new();

        public List<object?> Options { get; } = new();

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(_ => new Embedding<float>(new float[Dimensions]))));
        }

        public Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            return Task.FromResult(new SpeechToTextResponse("text"));
        }

        public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            await Task.Yield();
            yield return new SpeechToTextResponseUpdate("text");
        }

        public Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            return Task.FromResult(new TextToSpeechResponse());
        }

        public async IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(string text, TextToSpeechOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            await Task.Yield();
            yield return new TextToSpeechResponseUpdate();
        }

        public Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Record(options?.ModelId, options);
            return Task.FromResult(new ImageGenerationResponse());
        }

        public void Record(string? modelId, object? options)
        {
            ModelIds.Add(modelId);
            Options.Add(options);
        }

        // Whatever the key: a keyed request that reaches here shows the typed client passed it through.
        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("recording", Endpoint, "inner-default", Dimensions)
            : serviceType == typeof(SpeechToTextClientMetadata) ? new SpeechToTextClientMetadata("recording", Endpoint, "inner-default")
            : serviceType == typeof(TextToSpeechClientMetadata) ? new TextToSpeechClientMetadata("recording", Endpoint, "inner-default")
            : serviceType == typeof(ImageGeneratorMetadata) ? new ImageGeneratorMetadata("recording", Endpoint, "inner-default")
            : serviceType.IsInstanceOfType(this) ? this
            : null;

        public void Dispose()
        {
        }
    }

    /// <summary>A chat client that records into a <see cref="RecordingInner"/>, for the chat type of a model of two tasks.</summary>
    private sealed class RecordingChatClient(RecordingInner recorder) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            recorder.Record(options?.ModelId, options);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
