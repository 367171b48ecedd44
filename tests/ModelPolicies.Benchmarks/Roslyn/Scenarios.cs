using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Roslyn;

/// <summary>
/// The IDE-like operations, shared by the BenchmarkDotNet benchmarks and the interleaved measurements: a one-line
/// edit's document diagnostics, and a generator's rerun after it.
/// </summary>
public static class Scenarios
{
    /// <summary>The project after the one-line edit inside a method of the large document.</summary>
    public static Compilation Edited(WorkloadCompilation workload, Compilation project) =>
        project.ReplaceSyntaxTree(workload.BigTree, workload.EditedBigTree);

    /// <summary>The edited document's compiler diagnostics alone.</summary>
    public static int CompilerDiagnostics(WorkloadCompilation workload) =>
        Edited(workload, workload.WithGenerated).GetSemanticModel(workload.EditedBigTree).GetDiagnostics().Length;

    /// <summary>
    /// The edited document's compiler diagnostics, then its analyzer diagnostics on the same semantic model, as the
    /// IDE asks for them.
    /// </summary>
    public static int DocumentDiagnostics(WorkloadCompilation workload, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null)
    {
        var analysis = workload.WithAnalyzers(Edited(workload, workload.WithGenerated), analyzers, options);
        var model = analysis.Compilation.GetSemanticModel(workload.EditedBigTree);
        var count = model.GetDiagnostics().Length;
        return count + analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, default).GetAwaiter().GetResult().Length;
    }

    /// <summary>A generator driver's rerun on the edited project (user code only, as a build hands it to generators).</summary>
    public static int Rerun(WorkloadCompilation workload, GeneratorDriver warm) =>
        warm.RunGenerators(Edited(workload, workload.Source)).GetRunResult().GeneratedTrees.Length;

    /// <summary>
    /// The empty generator's rerun, then the new compilation's assembly attributes bound: what watching
    /// <c>[assembly: …]</c> attributes costs is that binding, which the compiler and the IDE do anyway for the new
    /// compilation, whoever asks first.
    /// </summary>
    public static int RerunThenBindAssemblyAttributes(WorkloadCompilation workload, GeneratorDriver warm)
    {
        var edited = Edited(workload, workload.Source);
        return warm.RunGenerators(edited).GetRunResult().GeneratedTrees.Length + edited.Assembly.GetAttributes().Length;
    }
}
