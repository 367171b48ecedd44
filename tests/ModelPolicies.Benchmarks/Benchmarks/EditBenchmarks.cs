using BenchmarkDotNet.Attributes;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// What the IDE does after a one-line edit inside a method of the 2,000-line document: a new compilation with the
/// edited tree, then that document's semantic diagnostics, with and without analyzers. The compiler's own diagnostics
/// are computed in every case, on the same semantic model the analyzers then use, as the IDE does.
/// </summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private WorkloadCompilation _main = null!;

    [GlobalSetup]
    public void Setup()
    {
        _main = WorkloadCompilation.Get(BenchmarkSettings.Size, Dialect.ModelPolicies);

        // The project as the IDE holds it before the edit: declarations and references already loaded.
        _ = _main.WithGenerated.GetTypeByMetadataName("Workload.WorkloadSettings");
    }

    [Benchmark(Baseline = true)]
    public int Edit_CompilerOnly() => Scenarios.CompilerDiagnostics(_main);

    [Benchmark]
    public int Edit_NoOpAnalyzer() => Scenarios.DocumentDiagnostics(_main, AnalyzerSets.NoOp);

    [Benchmark]
    public int Edit_DocumentNoOpAnalyzer() => Scenarios.DocumentDiagnostics(_main, AnalyzerSets.DocumentNoOp);

    /// <summary>The baseline for our share: a do-nothing analyzer registering the kinds of actions ours do.</summary>
    [Benchmark]
    public int Edit_SameKindsNoOpAnalyzer() => Scenarios.DocumentDiagnostics(_main, AnalyzerSets.SameKindsNoOp);

    [Benchmark]
    public int Edit_ModelPoliciesAnalyzers() => Scenarios.DocumentDiagnostics(_main, AnalyzerSets.ModelPolicies);

    /// <summary>
    /// The same with a catalog of 50 or 5,000 entries instead of 500: what a use site costs should not depend on the
    /// catalog (the catalog text is read once, before the edit, as in the IDE).
    /// </summary>
    [Benchmark]
    [Arguments(50)]
    [Arguments(5000)]
    public int Edit_ModelPoliciesAnalyzers_Catalog(int entries) => Scenarios.DocumentDiagnostics(_main, AnalyzerSets.ModelPolicies, _main.OptionsWithCatalog(entries));
}
