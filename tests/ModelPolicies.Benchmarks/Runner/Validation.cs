using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Runner;

/// <summary>What one checked run of a workload found: the numbers the benchmarks' meaning rests on.</summary>
public sealed record ValidationResult(
    WorkloadSize Size,
    int Files,
    int Lines,
    int UseSites,
    int UsesInContexts,
    int Violations,
    int GeneratedClients,
    int CompilerErrors,
    int TwinCompilerErrors,
    IReadOnlyDictionary<string, int> OurDiagnostics,
    int Ca1416Diagnostics,
    TimeSpan OurExecutionTime,
    TimeSpan Ca1416ExecutionTime,
    IReadOnlyDictionary<int, double> CatalogLoadMs);

/// <summary>
/// Checks that a workload is what the benchmarks claim (it compiles, our analyzers and CA1416 find the planted
/// violations, no analyzer crashes) and, with the analyzer driver's own timing on, cross-checks the benchmarks.
/// </summary>
public static class Validation
{
    public static ValidationResult Run(WorkloadSize size)
    {
        var main = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var twin = WorkloadCompilation.Get(size, Dialect.Platform);
        var errors = main.WithGenerated.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var twinErrors = twin.WithGenerated.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        var (ours, ourTime) = Analyze(main, AnalyzerSets.ModelPolicies);
        var (ca1416, caTime) = Analyze(twin, AnalyzerSets.Ca1416);
        return new ValidationResult(
            size,
            main.Workload.Sources.Count,
            main.Workload.Lines,
            main.Workload.UseSites,
            main.Workload.UsesInContexts,
            main.Workload.Violations,
            main.GeneratedTrees.Length,
            errors,
            twinErrors,
            ours.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ca1416.Count(d => d.Id == "CA1416"),
            ourTime,
            caTime,
            new[] { 50, WorkloadShape.CatalogEntries, 5000 }.ToDictionary(n => n, CatalogLoadMs));
    }

    /// <summary>
    /// The part of our work that grows with the catalog: reading models.json and merging it with the built-in entries
    /// and naming the clients (MP0012), best of five. It is done once per catalog text (the parse) and per compilation
    /// (the merge), not per use site.
    /// </summary>
    private static double CatalogLoadMs(int entries)
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(SyntheticCatalog.ToJson(SyntheticCatalog.Create(entries, WorkloadShape.Seed)));
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var file = ModelPolicies.Analyzers.Catalog.CatalogFile.Read(text);
            var all = ModelPolicies.Analyzers.Catalog.BuiltInCatalog.Entries.Concat(file.Entries.Select(e => e.Entry)).ToList();
            _ = ModelPolicies.Analyzers.Catalog.ModelCatalog.Create(all, 15_000_000_000);
            _ = ModelPolicies.Analyzers.Generator.ClientNaming.Assign(all.Select(e => e.Id));
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    /// <summary>Problems that make the benchmark meaningless; empty when the workload is sound.</summary>
    public static IReadOnlyList<string> Problems(ValidationResult result)
    {
        var problems = new List<string>();
        if (result.CompilerErrors > 0)
        {
            problems.Add($"the workload has {result.CompilerErrors} compiler errors");
        }

        if (result.TwinCompilerErrors > 0)
        {
            problems.Add($"the platform twin has {result.TwinCompilerErrors} compiler errors");
        }

        foreach (var id in new[] { "AD0001", "CS8785" })
        {
            if (result.OurDiagnostics.ContainsKey(id))
            {
                problems.Add($"{id}: an analyzer or generator crashed");
            }
        }

        if (!result.OurDiagnostics.Keys.Any(id => id.StartsWith("MP", StringComparison.Ordinal)))
        {
            problems.Add("ModelPolicies reported nothing on a workload with planted violations");
        }

        if (result.Ca1416Diagnostics == 0)
        {
            problems.Add("CA1416 reported nothing on the twin: it did not run or did not see the platform attributes");
        }

        return problems;
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan Time) Analyze(WorkloadCompilation workload, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var with = workload.WithAnalyzers(workload.WithGenerated.Clone(), analyzers, logExecutionTime: true);
        var diagnostics = with.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var time = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            time += with.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
        }

        return (diagnostics, time);
    }

    public static void Print(ValidationResult r)
    {
        Console.WriteLine($"Workload {r.Size}: {r.Files} files, {r.Lines:N0} lines, {r.UseSites:N0} use sites ({r.UsesInContexts} in contexts, {r.Violations} violating), {r.GeneratedClients} generated clients");
        Console.WriteLine($"  compiler errors: {r.CompilerErrors} (twin: {r.TwinCompilerErrors})");
        Console.WriteLine($"  ModelPolicies diagnostics: {string.Join(", ", r.OurDiagnostics.Select(p => $"{p.Key}×{p.Value}"))}");
        Console.WriteLine($"  CA1416 diagnostics on the twin: {r.Ca1416Diagnostics}");
        Console.WriteLine($"  analyzer driver ExecutionTime: ModelPolicies {r.OurExecutionTime.TotalMilliseconds:N0} ms, CA1416 {r.Ca1416ExecutionTime.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  catalog load (read models.json, merge, name clients): {string.Join(", ", r.CatalogLoadMs.Select(p => $"{p.Key} entries {p.Value:0.0} ms"))}");
    }
}
