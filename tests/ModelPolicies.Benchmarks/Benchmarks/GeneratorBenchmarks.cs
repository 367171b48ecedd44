using System.Linq;
using BenchmarkDotNet.Attributes;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// The client generator on the 500-entry catalog: a cold run (a new driver on a fresh compilation, as a build does),
/// and a warm rerun after an unrelated one-line edit (as the IDE does on each keystroke), each beside an empty
/// ForAttributeWithMetadataName generator doing the same; the warm rerun also beside an empty generator watching the
/// same attributes as ours.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private WorkloadCompilation _main = null!;
    private GeneratorDriver _warmClient = null!;
    private GeneratorDriver _warmEmpty = null!;
    private GeneratorDriver _warmSameAttributes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _main = WorkloadCompilation.Get(BenchmarkSettings.Size, Dialect.ModelPolicies);
        _warmClient = _main.CreateDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGenerators(_main.Source);
        _warmEmpty = _main.CreateDriver(new[] { AnalyzerSets.EmptyGenerator() }).RunGenerators(_main.Source);
        _warmSameAttributes = _main.CreateDriver(new[] { AnalyzerSets.SameAttributesGenerator() }).RunGenerators(_main.Source);
    }

    [Benchmark]
    public int Generator_Cold() =>
        _main.CreateColdDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGenerators(_main.Source.Clone()).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int EmptyGenerator_Cold() =>
        _main.CreateColdDriver(new[] { AnalyzerSets.EmptyGenerator() }).RunGenerators(_main.Source.Clone()).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int Generator_WarmAfterEdit() => Scenarios.Rerun(_main, _warmClient);

    [Benchmark(Baseline = true)]
    public int EmptyGenerator_WarmAfterEdit() => Scenarios.Rerun(_main, _warmEmpty);

    /// <summary>See <see cref="Scenarios.RerunThenBindAssemblyAttributes"/>.</summary>
    [Benchmark]
    public int EmptyGeneratorThenAssemblyAttributes_WarmAfterEdit() => Scenarios.RerunThenBindAssemblyAttributes(_main, _warmEmpty);

    [Benchmark]
    public int SameAttributesGenerator_WarmAfterEdit() => Scenarios.Rerun(_main, _warmSameAttributes);
}
