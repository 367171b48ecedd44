using System.Linq;
using BenchmarkDotNet.Attributes;
using ModelPolicies.Analyzers.Catalog;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// What the built-in catalog costs a cold analyzer start, once per process: reading the embedded
/// builtin.models.json with the catalog reader, against building the same entries in code (what the analyzer did
/// when the built-in catalog was a C# array), and the merge a compilation then makes of it.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private CatalogEntry[] _entries = null!;

    [GlobalSetup]
    public void Setup() => _entries = BuiltInCatalog.Entries.ToArray();

    [Benchmark]
    public int BuiltInCatalog_ReadFromResource() => CatalogFile.Read(BuiltInCatalog.Text(), ModelPolicies.CatalogSource.BuiltIn).Entries.Count;

    [Benchmark(Baseline = true)]
    public int BuiltInCatalog_BuiltInCode()
    {
        var built = new CatalogEntry[_entries.Length];
        for (var i = 0; i < built.Length; i++)
        {
            var m = _entries[i].Model;
            built[i] = new CatalogEntry(
                new ModelDescriptor(m.Id, m.Class, m.Size, m.Inputs, m.Deployment, m.LatencyMs, m.Provider, m.Tasks),
                _entries[i].Aliases.ToArray(),
                ModelPolicies.CatalogSource.BuiltIn);
        }

        return built.Length;
    }

    [Benchmark]
    public int BuiltInCatalog_Merge() => new ModelCatalog(_entries).Entries.Count;
}
