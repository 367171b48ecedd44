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

/// <summary>
/// <c>--profile edit|build</c>: one scenario repeated for a while — for a sampling profiler to attach to (docs/performance.md,
/// "Profiling") — then the thread CPU time in our actions per run, by analyzer and by kind of action, so a change in
/// the totals can be traced to where it happens. Not a measurement: no interleaving, no verdict.
/// </summary>
public static class Profile
{
    public static void Run(WorkloadSize size, string scenario, int catalogEntries, TimeSpan duration)
    {
        var workload = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var options = workload.OptionsWithCatalog(catalogEntries);
        var meters = AnalyzerSets.ModelPolicies.ToDictionary(a => a.GetType().Name, _ => new CpuMeter(), StringComparer.Ordinal);
        var analyzers = AnalyzerSets.ModelPolicies.Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a, meters[a.GetType().Name])).ToImmutableArray();
        Action run = scenario switch
        {
            "edit" => () => Scenarios.DocumentDiagnostics(workload, analyzers, options),
            "build" => () =>
            {
                var compilation = workload.WithGenerated.Clone();
                compilation.GetDiagnostics(); // the compiler's own binding first, as in Validation
                compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
                    .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            },
            _ => throw new ArgumentException($"--profile takes 'edit' or 'build', not '{scenario}'"),
        };

        run(); // warm-up: jitted, catalogs read
        foreach (var meter in meters.Values)
        {
            meter.Reset();
        }

        // Each run also on a collected heap, so that its own figure (the best and the median of the runs, below) does not
        // carry a collection that the runs before it made due.
        var perRun = meters.Keys.ToDictionary(k => k, _ => new List<double>(), StringComparer.Ordinal);
        var runs = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration || runs == 0)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = meters.ToDictionary(m => m.Key, m => m.Value.Milliseconds, StringComparer.Ordinal);
            run();
            runs++;
            foreach (var (analyzer, meter) in meters)
            {
                perRun[analyzer].Add(meter.Milliseconds - before[analyzer]);
            }
        }

        Console.WriteLine($"{scenario} of workload {size}, catalog of {catalogEntries}: {runs} runs in {watch.Elapsed.TotalSeconds:N1} s; thread CPU time in our actions per run:");
        foreach (var (analyzer, meter) in meters.OrderByDescending(m => m.Value.Milliseconds))
        {
            var sorted = perRun[analyzer].OrderBy(m => m).ToList();
            Console.WriteLine($"  {analyzer,-32} {meter.Milliseconds / runs,9:N3} ms   (best run {sorted[0]:N3} ms, median {sorted[sorted.Count / 2]:N3} ms), {meter.AllocatedBytes / 1024.0 / runs:N1} KB allocated per run");
            foreach (var (kind, (milliseconds, actions)) in meter.ByKind.OrderByDescending(k => k.Value.Milliseconds))
            {
                Console.WriteLine($"    {kind,-40} {milliseconds / runs,9:N3} ms  {actions / (double)runs,9:N0} actions");
            }
        }
    }
}
