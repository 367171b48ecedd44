using Microsoft.Extensions.AI;

namespace FieldService;

/// <summary>
/// The embedded stand-in embedding model: hashes each word into one of 64 dimensions, so texts that share words
/// point the same way and the sample runs anywhere. Swap in a real generator (Ollama, ONNX Runtime) in an app.
/// </summary>
public sealed class OfflineEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 64;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            var vector = new float[Dimensions];
            foreach (var word in value.ToLowerInvariant().Split(' ', ',', '.', ';', ':'))
            {
                if (word.Length > 2)
                {
                    vector[Bucket(word)] += 1;
                }
            }

            embeddings.Add(new Embedding<float>(vector) { ModelId = options?.ModelId });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("offline", defaultModelDimensions: Dimensions) : null;

    public void Dispose()
    {
    }

    // FNV-1a: the same bucket in every run (string.GetHashCode is randomized per process).
    private static int Bucket(string word)
    {
        var hash = 2166136261;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % Dimensions);
    }
}
