using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// Whole-project analysis, as a build does it: the compiler alone, then with an analyzer driver (a no-op analyzer, our
/// analyzers, our analyzers and generator), and the platform twin with a no-op analyzer and with CA1416. Every run
/// starts from a fresh clone of the parsed compilation, so nothing bound by one run is reused by the next.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private WorkloadCompilation _main = null!;
    private WorkloadCompilation _twin = null!;

    [GlobalSetup]
    public void Setup()
    {
        _main = WorkloadCompilation.Get(BenchmarkSettings.Size, Dialect.ModelPolicies);
        _twin = WorkloadCompilation.Get(BenchmarkSettings.Size, Dialect.Platform);
        _ = AnalyzerSets.Ca1416;
    }

    /// <summary>
    /// The bare compilation: every compiler diagnostic, no analyzer, the typed clients added as ordinary code. Their
    /// text is parsed here as the generator's output is parsed in the runs with the generator: both compile the same
    /// program from the same parsed user code.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int Compilation() => _main.Source.Clone().AddSyntaxTrees(ParseGenerated()).GetDiagnostics().Length;

    [Benchmark]
    public int Compilation_NoOpAnalyzer() => AllDiagnostics(_main, _main.WithGenerated.Clone(), AnalyzerSets.NoOp);

    [Benchmark]
    public int Compilation_ModelPoliciesAnalyzers() => AllDiagnostics(_main, _main.WithGenerated.Clone(), AnalyzerSets.ModelPolicies);

    /// <summary>What a build with ModelPolicies does: run the generator on user code, then compile with the analyzers.</summary>
    [Benchmark]
    public int Compilation_ModelPoliciesAnalyzersAndGenerator()
    {
        _main.CreateDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGeneratorsAndUpdateCompilation(_main.Source.Clone(), out var output, out _);
        return AllDiagnostics(_main, output, AnalyzerSets.ModelPolicies);
    }

    /// <summary>Our analyzers with a catalog of 50 or 5,000 entries instead of 500 (same code, same models used).</summary>
    [Benchmark]
    [Arguments(50)]
    [Arguments(5000)]
    public int Compilation_ModelPoliciesAnalyzers_Catalog(int entries) =>
        AllDiagnostics(_main, _main.WithGenerated.Clone(), AnalyzerSets.ModelPolicies, _main.OptionsWithCatalog(entries));

    [Benchmark]
    public int Twin_Compilation_NoOpAnalyzer() => AllDiagnostics(_twin, _twin.WithGenerated.Clone(), AnalyzerSets.NoOp);

    [Benchmark]
    public int Twin_Compilation_Ca1416() => AllDiagnostics(_twin, _twin.WithGenerated.Clone(), AnalyzerSets.Ca1416);

    private System.Collections.Generic.IEnumerable<SyntaxTree> ParseGenerated() => _main.GeneratedTrees.Select(tree =>
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(tree.GetText(), WorkloadCompilation.ParseOptions, tree.FilePath));

    private static int AllDiagnostics(WorkloadCompilation workload, Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null) =>
        workload.WithAnalyzers(compilation, analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
