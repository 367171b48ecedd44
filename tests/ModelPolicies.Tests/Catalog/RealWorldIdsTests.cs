using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelPolicies.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

/// <summary>
/// The built-in catalog against model ids as public docs, READMEs and samples write them (Data/model-ids.tsv, each with
/// its source): at least 95% must resolve to the entry they mean, through the one normalization every lookup uses.
/// </summary>
public class RealWorldIdsTests
{
    private static readonly Lazy<List<(string Written, string Expected, string Family, string Source)>> Ids = new(() =>
        File.ReadAllLines(Repository.PathOf("tests/ModelPolicies.Tests/Data/model-ids.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2], cells[3]))
            .ToList());

    private static ModelCatalog BuiltIn => ModelCatalogTests.Load(null).Catalog;

    [Fact]
    public void The_list_is_large_enough_and_covers_every_family()
    {
        Assert.True(Ids.Value.Count >= 150, $"{Ids.Value.Count} ids");
        foreach (var family in new[] { "openai", "azure-openai", "anthropic", "google", "bedrock", "ollama", "huggingface", "foundry-local", "embedding", "speech", "image" })
        {
            Assert.Contains(Ids.Value, id => id.Family == family);
        }
    }

    [Fact]
    public void At_least_95_percent_resolve_to_the_entry_they_mean()
    {
        var catalog = BuiltIn;
        var misses = Ids.Value
            .Select(id => (id, found: Resolve(catalog, id.Written)?.Id))
            .Where(r => !string.Equals(r.found, r.id.Expected, StringComparison.OrdinalIgnoreCase))
            .Select(r => $"{r.id.Written} → {r.found ?? "nothing"} (expected {r.id.Expected}; {r.id.Family})")
            .ToList();
        var rate = 1.0 - ((double)misses.Count / Ids.Value.Count);
        Assert.True(rate >= 0.95, $"{rate:P1} resolve; misses:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Embedding_speech_and_image_ids_resolve_to_entries_of_their_task()
    {
        var catalog = BuiltIn;
        foreach (var (written, expected, family, _) in Ids.Value.Where(id => id.Family is "embedding" or "speech" or "image"))
        {
            var entry = catalog.Find(expected);
            Assert.True(entry is not null, expected);
            var task = family switch
            {
                "embedding" => ModelTask.Embedding,
                "image" => ModelTask.ImageGeneration,
                _ => ModelTask.SpeechToText | ModelTask.TextToSpeech,
            };
            Assert.True((entry!.Model.Tasks & task) != 0, $"{written}: {expected} does {entry.Model.Tasks}");
            Assert.Equal(ModelTask.None, entry.Model.Tasks & ModelTask.Chat & (family == "embedding" ? ModelTask.Chat : ModelTask.None));
        }
    }

    // A GGUF file or an ONNX folder is a local model's path; anything else is a name.
    private static CatalogEntry? Resolve(ModelCatalog catalog, string written) =>
        written.IndexOfAny(new[] { '\\' }) >= 0 || written.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase) || written.Count(c => c == '/') > 1
            ? catalog.FindLocal(written)
            : catalog.Find(written);
}
