using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Runner;

/// <summary>
/// Medians of interleaved runs, in milliseconds, by benchmark name: wall-clock time of each whole operation, and, for the
/// cases whose analyzers are wrapped in a <see cref="CpuTimedAnalyzer"/>, the thread CPU time inside their actions.
/// </summary>
public sealed record InterleavedResult(int EditRounds, int GeneratorRounds, IReadOnlyDictionary<string, double> MedianMs, IReadOnlyDictionary<string, double> ActionCpuMs);

/// <summary>
/// The IDE-edit and warm-generator comparisons again, with their cases run in turn, round after round: BenchmarkDotNet
/// runs one benchmark to the end before the next, so a change in the machine's load or the process's heap between two
/// benchmarks moves their difference, which here is a few milliseconds. Alternating puts any drift on all cases alike.
/// </summary>
public static class Interleaved
{
    public static InterleavedResult Measure(WorkloadSize size, bool smoke)
    {
        var main = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var twin = WorkloadCompilation.Get(size, Dialect.Platform);
        _ = main.WithGenerated.GetTypeByMetadataName("Workload.WorkloadSettings");
        _ = twin.WithGenerated.GetTypeByMetadataName("Workload.WorkloadSettings");

        // Each analyzed case has its own meter: the CPU time inside its analyzers' actions, round by round.
        var meters = new Dictionary<string, CpuMeter>();
        Func<int> Timed(string name, WorkloadCompilation workload, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null)
        {
            var meter = meters[name] = new CpuMeter();
            var timed = CpuTimedAnalyzer.Wrap(analyzers, meter);
            return () => Scenarios.DocumentDiagnostics(workload, timed, options);
        }

        var edit = new (string Name, Func<int> Run)[]
        {
            ("Edit_CompilerOnly", () => Scenarios.CompilerDiagnostics(main)),
            ("Edit_DocumentNoOpAnalyzer", Timed("Edit_DocumentNoOpAnalyzer", main, AnalyzerSets.DocumentNoOp)),
            ("Edit_SameKindsNoOpAnalyzer", Timed("Edit_SameKindsNoOpAnalyzer", main, AnalyzerSets.SameKindsNoOp)),
            ("Edit_ModelPoliciesAnalyzers", Timed("Edit_ModelPoliciesAnalyzers", main, AnalyzerSets.ModelPolicies)),
            ("Edit_ModelPoliciesAnalyzers_Catalog(50)", Timed("Edit_ModelPoliciesAnalyzers_Catalog(50)", main, AnalyzerSets.ModelPolicies, main.OptionsWithCatalog(50))),
            ("Edit_ModelPoliciesAnalyzers_Catalog(5000)", Timed("Edit_ModelPoliciesAnalyzers_Catalog(5000)", main, AnalyzerSets.ModelPolicies, main.OptionsWithCatalog(5000))),
            ("Twin_Edit_Ca1416", Timed("Twin_Edit_Ca1416", twin, AnalyzerSets.Ca1416)),
        };

        var warmClient = main.CreateDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGenerators(main.Source);
        var warmSame = main.CreateDriver(new[] { AnalyzerSets.SameAttributesGenerator() }).RunGenerators(main.Source);
        var warmEmpty = main.CreateDriver(new[] { AnalyzerSets.EmptyGenerator() }).RunGenerators(main.Source);
        var generator = new (string Name, Func<int> Run)[]
        {
            ("Generator_WarmAfterEdit", () => Scenarios.Rerun(main, warmClient)),
            ("SameAttributesGenerator_WarmAfterEdit", () => Scenarios.Rerun(main, warmSame)),
            ("EmptyGenerator_WarmAfterEdit", () => Scenarios.Rerun(main, warmEmpty)),
            ("EmptyGeneratorThenAssemblyAttributes_WarmAfterEdit", () => Scenarios.RerunThenBindAssemblyAttributes(main, warmEmpty)),
        };

        var editRounds = smoke ? 1 : 30;
        var generatorRounds = smoke ? 1 : 300;
        var (medians, cpu) = Rounds(edit, meters, warmups: smoke ? 0 : 3, editRounds);
        foreach (var pair in Rounds(generator, meters, warmups: smoke ? 0 : 30, generatorRounds).Wall)
        {
            medians[pair.Key] = pair.Value;
        }

        return new InterleavedResult(editRounds, generatorRounds, medians, cpu);
    }

    // Round after round, every case once; each round starts one case further along, so no case always follows the same
    // one (whatever a case leaves behind, garbage or warm caches, falls on each of the others in turn).
    private static (Dictionary<string, double> Wall, Dictionary<string, double> Cpu) Rounds(
        (string Name, Func<int> Run)[] cases, Dictionary<string, CpuMeter> meters, int warmups, int rounds)
    {
        var wall = cases.ToDictionary(c => c.Name, _ => new List<double>());
        var cpu = cases.Where(c => meters.ContainsKey(c.Name)).ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = -warmups; round < rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                var (name, run) = cases[(i + round + warmups) % cases.Length];
                meters.GetValueOrDefault(name)?.Reset();
                var watch = Stopwatch.StartNew();
                run();
                if (round >= 0)
                {
                    wall[name].Add(watch.Elapsed.TotalMilliseconds);
                    if (meters.TryGetValue(name, out var meter))
                    {
                        cpu[name].Add(meter.Milliseconds);
                    }
                }
            }
        }

        return (wall.ToDictionary(p => p.Key, p => Statistics.Median(p.Value)), cpu.ToDictionary(p => p.Key, p => Statistics.Median(p.Value)));
    }
}

internal static class Statistics
{
    public static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
