using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>One synthetic catalog entry, with the three context checks precomputed so the workload knows which uses comply.</summary>
public sealed record CatalogModel(
    int Index,
    string Id,
    string Prefix,
    string Suffix,
    string Alias,
    string Class,
    double ParametersB,
    bool Image,
    bool Local,
    bool Cloud,
    int? LatencyMs,
    string Provider)
{
    // The defaults (docs/configuration.md): the SLM boundary (15B) is also the edge budget; the latency budget is 300 ms.
    public bool SatisfiesEdge => Local && ParametersB <= 15;

    public bool SatisfiesLowLatency => ParametersB <= 15 || LatencyMs is <= 300;

    public bool SatisfiesMultimodal => Image;

    public bool Satisfies(ContextKind context) => context switch
    {
        ContextKind.Edge => SatisfiesEdge,
        ContextKind.LowLatency => SatisfiesLowLatency,
        _ => SatisfiesMultimodal,
    };
}

/// <summary>
/// A deterministic synthetic catalog. Entry <c>i</c> depends only on the seed and <c>i</c>, so the first 50 entries
/// of the 5,000-entry catalog are exactly the 50-entry catalog: catalogs of different sizes differ only in length.
/// </summary>
public static class SyntheticCatalog
{
    private static readonly string[] SmallFamilies = { "lumen", "pico", "sprite", "wren", "finch", "ember", "pebble", "minnow" };
    private static readonly string[] LargeFamilies = { "atlas", "titan", "sequoia", "orca", "condor" };
    private static readonly string[] VisionFamilies = { "prism", "iris", "vista", "lens", "mosaic" };
    private static readonly string[] Providers = { "contoso", "fabrikam", "northwind", "adatum", "tailspin", "wingtip" };

    public static IReadOnlyList<CatalogModel> Create(int entries, int seed)
    {
        var models = new List<CatalogModel>(entries);
        for (var i = 0; i < entries; i++)
        {
            models.Add(Entry(i, seed));
        }

        return models;
    }

    /// <summary>The catalog as a <c>models.json</c> file (docs/catalog.md).</summary>
    public static string ToJson(IReadOnlyList<CatalogModel> models)
    {
        var json = new StringBuilder(models.Count * 220);
        json.Append("{\n  \"models\": [\n");
        for (var i = 0; i < models.Count; i++)
        {
            var m = models[i];
            json.Append("    { \"id\": \"").Append(m.Id)
                .Append("\", \"aliases\": [\"").Append(m.Alias)
                .Append("\"], \"class\": \"").Append(m.Class)
                .Append("\", \"parameters\": \"").Append(m.ParametersB.ToString("0.#", CultureInfo.InvariantCulture))
                .Append("B\", \"inputs\": [").Append(m.Image ? "\"text\", \"image\"" : "\"text\"")
                .Append("], \"deployment\": [")
                .Append(m.Local && m.Cloud ? "\"local\", \"cloud\"" : m.Local ? "\"local\"" : "\"cloud\"")
                .Append(']');
            if (m.LatencyMs is { } latency)
            {
                json.Append(", \"latencyMs\": ").Append(latency.ToString(CultureInfo.InvariantCulture));
            }

            json.Append(", \"provider\": \"").Append(m.Provider).Append("\" }")
                .Append(i + 1 < models.Count ? ",\n" : "\n");
        }

        json.Append("  ]\n}\n");
        return json.ToString();
    }

    // Every tenth entry of each kind, in a fixed rotation: any prefix of 10 or more entries has small local models,
    // cloud LLMs, fast and slow ones, and vision models both local and cloud, so every context has models that
    // comply and models that do not.
    private static CatalogModel Entry(int i, int seed)
    {
        var random = new Random(unchecked((seed * 7919) + i));
        var provider = Providers[random.Next(Providers.Length)];
        string family;
        string @class;
        double parameters;
        bool image = false, local, cloud;
        int? latency;
        switch (i % 10)
        {
            case 0 or 1 or 2 or 3:
                family = SmallFamilies[random.Next(SmallFamilies.Length)];
                @class = "slm";
                parameters = new[] { 0.5, 1, 1.5, 3, 3.8, 7, 8, 14 }[random.Next(8)];
                local = true;
                cloud = random.Next(2) == 0;
                latency = 20 + random.Next(100);
                break;
            case 4 or 5:
                family = LargeFamilies[random.Next(LargeFamilies.Length)];
                @class = "llm";
                parameters = new[] { 32, 70, 123, 405 }[random.Next(4)];
                local = false;
                cloud = true;
                latency = random.Next(3) == 0 ? null : 400 + random.Next(1200);
                break;
            case 6:
                family = LargeFamilies[random.Next(LargeFamilies.Length)];
                @class = "llm";
                parameters = new[] { 24, 32, 70 }[random.Next(3)];
                local = false;
                cloud = true;
                latency = 120 + random.Next(150);
                break;
            case 7 or 8:
                family = VisionFamilies[random.Next(VisionFamilies.Length)];
                @class = "fm";
                parameters = new[] { 40, 90, 200 }[random.Next(3)];
                image = true;
                local = false;
                cloud = true;
                latency = 200 + random.Next(600);
                break;
            default:
                family = VisionFamilies[random.Next(VisionFamilies.Length)];
                @class = "fm";
                parameters = new[] { 3.8, 4, 5.6, 11 }[random.Next(4)];
                image = true;
                local = true;
                cloud = random.Next(2) == 0;
                latency = 60 + random.Next(200);
                break;
        }

        var size = parameters.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', '-') + "b";
        var prefix = $"{family}-{size}";
        var suffix = $"v{i}";
        return new CatalogModel(i, $"{prefix}-{suffix}", prefix, suffix, $"{family}:{size}-{suffix}", @class, parameters, image, local, cloud, latency, provider);
    }
}
