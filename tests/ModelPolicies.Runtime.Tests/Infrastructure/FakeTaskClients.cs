using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>An inner embedding generator whose embeddings name <see cref="RespondingModelId"/>.</summary>
internal sealed class FakeEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata;

    public FakeEmbeddingGenerator(string? defaultModelId = null, string? respondingModelId = null) =>
        (_metadata, RespondingModelId) = (new EmbeddingGeneratorMetadata("fake", null, defaultModelId), respondingModelId);

    public string? RespondingModelId { get; }

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>> { new(new float[] { 0.5f }) { ModelId = RespondingModelId } });
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : null;

    public void Dispose()
    {
    }
}

/// <summary>An inner speech-to-text client that transcribes in updates naming <see cref="StreamedModelIds"/>.</summary>
internal sealed class FakeSpeechToTextClient : ISpeechToTextClient
{
    private readonly SpeechToTextClientMetadata _metadata;

    public FakeSpeechToTextClient(string? defaultModelId = null, Uri? providerUri = null) => _metadata = new SpeechToTextClientMetadata("fake", providerUri, defaultModelId);

    public IReadOnlyList<string?> StreamedModelIds { get; set; } = new string?[] { null };

    public int Calls { get; private set; }

    public Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(new SpeechToTextResponse("transcript") { ModelId = StreamedModelIds[0] });
    }

    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls++;
        foreach (var model in StreamedModelIds)
        {
            await Task.Yield();
            yield return new SpeechToTextResponseUpdate("words") { ModelId = model };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType == typeof(SpeechToTextClientMetadata) ? _metadata : null;

    public void Dispose()
    {
    }
}

/// <summary>An inner text-to-speech client whose audio names <see cref="RespondingModelId"/>.</summary>
internal sealed class FakeTextToSpeechClient : ITextToSpeechClient
{
    public FakeTextToSpeechClient(string? respondingModelId) => RespondingModelId = respondingModelId;

    public string? RespondingModelId { get; }

    public int Calls { get; private set; }

    public Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(new TextToSpeechResponse(new List<AIContent> { new DataContent(new byte[] { 1 }, "audio/mpeg") }) { ModelId = RespondingModelId });
    }

    public async IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
        string text, TextToSpeechOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls++;
        await Task.Yield();
        yield return new TextToSpeechResponseUpdate(new List<AIContent> { new DataContent(new byte[] { 1 }, "audio/mpeg") }) { ModelId = RespondingModelId };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

/// <summary>An inner image generator (its responses name no model).</summary>
internal sealed class FakeImageGenerator : IImageGenerator
{
    private readonly ImageGeneratorMetadata _metadata;

    public FakeImageGenerator(string? defaultModelId = null, Uri? providerUri = null) => _metadata = new ImageGeneratorMetadata("fake", providerUri, defaultModelId);

    public int Calls { get; private set; }

    public Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(new ImageGenerationResponse(new List<AIContent> { new DataContent(new byte[] { 1 }, "image/png") }));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType == typeof(ImageGeneratorMetadata) ? _metadata : null;

    public void Dispose()
    {
    }
}
