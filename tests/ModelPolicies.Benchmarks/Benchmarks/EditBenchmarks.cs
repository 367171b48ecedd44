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
    public int Edit_CompilerOnly()
    {
        var edited = Edited();
        return edited.GetSemanticModel(_main.EditedBigTree).GetDiagnostics().Length;
    }

    [Benchmark]
    public int Edit_NoOpAnalyzer() => WithAnalyzers(AnalyzerSets.NoOp);

    [Benchmark]
    public int Edit_DocumentNoOpAnalyzer() => WithAnalyzers(AnalyzerSets.DocumentNoOp);

    [Benchmark]
    public int Edit_ModelPoliciesAnalyzers() => WithAnalyzers(AnalyzerSets.ModelPolicies);

    private int WithAnalyzers(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers)
    {
        var analysis = _main.WithAnalyzers(Edited(), analyzers);
        var model = analysis.Compilation.GetSemanticModel(_main.EditedBigTree);
        var count = model.GetDiagnostics().Length;
        return count + analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, default).GetAwaiter().GetResult().Length;
    }

    private Compilation Edited() => _main.WithGenerated.ReplaceSyntaxTree(_main.BigTree, _main.EditedBigTree);
}
