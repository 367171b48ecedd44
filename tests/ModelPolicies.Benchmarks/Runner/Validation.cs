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
    Telemetry Telemetry,
    IReadOnlyDictionary<int, double> CatalogLoadMs);

/// <summary>
/// The time spent inside each analyzer's actions, in milliseconds per whole-workload run of interleaved runs: by the
/// analyzer driver's own accounting (wall-clock, what a build reports with <c>-p:ReportAnalyzer=true</c>; medians), and
/// in thread CPU time (<see cref="CpuTimedAnalyzer"/>; the best run). A whole-workload run allocates hundreds of
/// megabytes, and a collection is charged to whichever action allocates when it falls due: a run's CPU time is its
/// own work plus such additions, never less, so the best of several runs is the estimate of the work itself.
/// </summary>
public sealed record Telemetry(
    int Runs,
    double OursMs,
    double Ca1416Ms,
    IReadOnlyDictionary<int, double> OursByCatalogMs,
    double OursCpuMs,
    double Ca1416CpuMs,
    IReadOnlyDictionary<int, double> OursCpuByCatalogMs,
    double CompilationCpuMs,
    IReadOnlyList<double> OursCpuRunsMs,
    IReadOnlyList<double> Ca1416CpuRunsMs,
    double CatalogGrowth);

/// <summary>
/// Checks that a workload is what the benchmarks claim (it compiles, our analyzers and CA1416 find the planted
/// violations, no analyzer crashes) and, with the analyzer driver's own timing on, cross-checks the benchmarks.
/// </summary>
public static class Validation
{
    public static ValidationResult Run(WorkloadSize size, int telemetryRuns)
    {
        var main = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var twin = WorkloadCompilation.Get(size, Dialect.Platform);
        var errors = main.WithGenerated.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var twinErrors = twin.WithGenerated.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        var ours = Analyze(main, AnalyzerSets.ModelPolicies, main.AnalyzerOptions).Diagnostics;
        var ca1416 = Analyze(twin, AnalyzerSets.Ca1416, twin.AnalyzerOptions).Diagnostics;
        return new ValidationResult(
            size,
            main.Workload.Sources.Count,
            main.Workload.Lines,
            main.Workload.UseSites,
            main.Workload.UsesInContexts,
            main.Workload.Violations,
            main.GeneratedTrees.Sum(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Count(c => c.AttributeLists.Count > 0)),
            errors,
            twinErrors,
            ours.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ca1416.Count(d => d.Id == "CA1416"),
            MeasureTelemetry(main, twin, telemetryRuns, ours.Length, ca1416.Length),
            new[] { 50, WorkloadShape.CatalogEntries, 5000 }.ToDictionary(n => n, CatalogLoadMs));
    }

    /// <summary>
    /// Our analyzers on the workload (with catalogs of 50, 500 and 5,000 entries) and CA1416 on its twin, each run on a
    /// fresh clone the compiler has bound, with sequential analysis (no analyzer waits on another for a core) and the
    /// driver's timing on; one
    /// round of each is a warm-up, then <paramref name="runs"/> rounds alternate them, so load that comes and goes on a
    /// shared machine falls on all alike.
    /// </summary>
    private static Telemetry MeasureTelemetry(WorkloadCompilation main, WorkloadCompilation twin, int runs, int oursExpected, int caExpected)
    {
        var catalogs = new[] { 50, WorkloadShape.CatalogEntries, 5000 };
        var ours = catalogs.ToDictionary(n => n, _ => (Driver: new List<double>(), Cpu: new List<double>()));
        var ca = (Driver: new List<double>(), Cpu: new List<double>());
        var compilationCpu = new List<double>();
        var meter = new CpuMeter();
        var timedOurs = CpuTimedAnalyzer.Wrap(AnalyzerSets.ModelPolicies, meter);
        var timedCa = CpuTimedAnalyzer.Wrap(AnalyzerSets.Ca1416, meter);
        // The four runs of a round start one further along each round: the run after CA1416 found our code and data
        // out of the caches, and with a fixed order that fell on the 50-entry catalog every round.
        var order = catalogs.Append(0).ToArray();
        for (var round = 0; round <= runs; round++)
        {
            for (var i = 0; i < order.Length; i++)
            {
                var entries = order[(i + round) % order.Length];
                meter.Reset();
                if (entries == 0)
                {
                    var (caDiagnostics, caDriverTime, _) = Analyze(twin, timedCa, twin.AnalyzerOptions, bound: true);
                    EnsureUnchanged("CA1416", caDiagnostics, caExpected);
                    if (round > 0)
                    {
                        ca.Driver.Add(caDriverTime.TotalMilliseconds);
                        ca.Cpu.Add(meter.Milliseconds);
                    }

                    continue;
                }

                var (diagnostics, driverTime, bindingCpu) = Analyze(main, timedOurs, main.OptionsWithCatalog(entries), bound: true);
                if (entries == WorkloadShape.CatalogEntries)
                {
                    EnsureUnchanged("ModelPolicies", diagnostics, oursExpected);
                }

                if (round > 0)
                {
                    compilationCpu.Add(bindingCpu);
                    ours[entries].Driver.Add(driverTime.TotalMilliseconds);
                    ours[entries].Cpu.Add(meter.Milliseconds);
                }
            }
        }

        var oursRuns = ours[WorkloadShape.CatalogEntries].Cpu.ToList();
        var caRuns = ca.Cpu.ToList();

        // The catalog's effect: in each round the three catalog sizes run one after the other, so each round gives a
        // 5,000-to-50 ratio free of what drifts between rounds; the median ratio ignores a round a collection hit.
        var growth = Statistics.Median(ours[5000].Cpu.Zip(ours[50].Cpu, (large, small) => large / small - 1).ToList());
        return new Telemetry(
            runs,
            Statistics.Median(ours[WorkloadShape.CatalogEntries].Driver),
            Statistics.Median(ca.Driver),
            ours.ToDictionary(p => p.Key, p => Statistics.Median(p.Value.Driver)),
            ours[WorkloadShape.CatalogEntries].Cpu.Min(),
            ca.Cpu.Min(),
            ours.ToDictionary(p => p.Key, p => p.Value.Cpu.Min()),
            Statistics.Median(compilationCpu),
            oursRuns,
            caRuns,
            growth);
    }

    // The CPU-timed wrapper must not change what an analyzer does: the same diagnostics, and no analyzer exception.
    private static void EnsureUnchanged(string analyzer, ImmutableArray<Diagnostic> diagnostics, int expected)
    {
        if (diagnostics.Length != expected || diagnostics.Any(d => d.Id == "AD0001"))
        {
            var failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001")?.GetMessage();
            throw new InvalidOperationException($"{analyzer} wrapped for CPU timing reported {diagnostics.Length} diagnostics instead of {expected}. {failure}");
        }
    }

    /// <summary>
    /// The part of our work that grows with the catalog: reading models.json, merging it with the built-in entries and
    /// naming its clients (MP0012), best of five. The analyzer does it once per catalog text, and reuses it for every
    /// compilation until the file or an option changes; it is not done per use site.
    /// </summary>
    private static double CatalogLoadMs(int entries)
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(SyntheticCatalog.ToJson(SyntheticCatalog.Create(entries, WorkloadShape.Seed)));
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var file = ModelPolicies.Analyzers.Catalog.CatalogFile.Read(text);
            _ = ModelPolicies.Analyzers.Catalog.CatalogBuilder.Files(
                ModelPolicies.Analyzers.Catalog.CatalogLoader.Settings(ModelPolicies.Analyzers.Options.PolicyOptions.Default),
                new[] { new ModelPolicies.Analyzers.Catalog.CatalogFileInput(WorkloadCompilation.ProjectDirectory + "models.json", file) });
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

    /// <summary>
    /// The analyzers on a fresh clone of the workload: their diagnostics, the driver's accounting of the time in their
    /// actions, and, when <paramref name="bound"/>, the process CPU time the compiler's own diagnostics took first.
    /// </summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan Time, double CompilationCpuMs) Analyze(
        WorkloadCompilation workload, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, bool bound = false)
    {
        var compilation = workload.WithGenerated.Clone();
        var compilationCpu = 0.0;
        if (bound)
        {
            // The compiler's own work first (declarations, attributes, method bodies), as a build does it beside the
            // analyzers: what is bound lazily is then not charged to whichever analyzer happens to ask first.
            var start = ThreadCpu.ProcessNanoseconds();
            compilation.GetDiagnostics();
            compilationCpu = (ThreadCpu.ProcessNanoseconds() - start) / 1e6;

            // Every analyzer starts on a collected heap: a collection an action triggers is charged to that action.
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var with = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var diagnostics = with.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var time = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            time += with.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
        }

        return (diagnostics, time, compilationCpu);
    }

    public static void Print(ValidationResult r)
    {
        Console.WriteLine($"Workload {r.Size}: {r.Files} files, {r.Lines:N0} lines, {r.UseSites:N0} use sites ({r.UsesInContexts} in contexts, {r.Violations} violating), {r.GeneratedClients} generated clients");
        Console.WriteLine($"  compiler errors: {r.CompilerErrors} (twin: {r.TwinCompilerErrors})");
        Console.WriteLine($"  ModelPolicies diagnostics: {string.Join(", ", r.OurDiagnostics.Select(p => $"{p.Key}×{p.Value}"))}");
        Console.WriteLine($"  CA1416 diagnostics on the twin: {r.Ca1416Diagnostics}");
        var t = r.Telemetry;
        Console.WriteLine($"  analyzer driver ExecutionTime, median of {t.Runs}: ModelPolicies {t.OursMs:N0} ms (catalog of 50 / 5,000: {t.OursByCatalogMs[50]:N0} / {t.OursByCatalogMs[5000]:N0} ms), CA1416 {t.Ca1416Ms:N0} ms");
        Console.WriteLine($"  the compiler's own diagnostics of the workload, process CPU time, median of {t.Runs}: {t.CompilationCpuMs:N0} ms");
        Console.WriteLine($"  thread CPU time in the analyzers' actions, run by run: ModelPolicies {string.Join(" ", t.OursCpuRunsMs.Select(v => v.ToString("N0")))} ms, CA1416 {string.Join(" ", t.Ca1416CpuRunsMs.Select(v => v.ToString("N0")))} ms");
        Console.WriteLine($"  thread CPU time in the analyzers' actions, best of {t.Runs}: ModelPolicies {t.OursCpuMs:N0} ms (catalog of 50 / 5,000: {t.OursCpuByCatalogMs[50]:N0} / {t.OursCpuByCatalogMs[5000]:N0} ms), CA1416 {t.Ca1416CpuMs:N0} ms (clock overhead {CpuMeter.ClockOverheadNanoseconds:N0} ns per action, subtracted); 5,000 over 50 catalog entries, median of the rounds' ratios: {t.CatalogGrowth:+0.0%;-0.0%}");
        Console.WriteLine($"  catalog load (read models.json, merge, name clients): {string.Join(", ", r.CatalogLoadMs.Select(p => $"{p.Key} entries {p.Value:0.0} ms"))}");
    }
}
