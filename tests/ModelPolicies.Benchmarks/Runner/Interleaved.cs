using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;

namespace ModelPolicies.Benchmarks.Runner;

/// <summary>Medians of interleaved runs, in milliseconds, by benchmark name.</summary>
public sealed record InterleavedResult(int EditRounds, int GeneratorRounds, IReadOnlyDictionary<string, double> MedianMs);

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
        _ = main.WithGenerated.GetTypeByMetadataName("Workload.WorkloadSettings");
        var edit = new (string Name, Func<int> Run)[]
        {
            ("Edit_CompilerOnly", () => Scenarios.CompilerDiagnostics(main)),
            ("Edit_DocumentNoOpAnalyzer", () => Scenarios.DocumentDiagnostics(main, AnalyzerSets.DocumentNoOp)),
            ("Edit_ModelPoliciesAnalyzers", () => Scenarios.DocumentDiagnostics(main, AnalyzerSets.ModelPolicies)),
            ("Edit_ModelPoliciesAnalyzers_Catalog(50)", () => Scenarios.DocumentDiagnostics(main, AnalyzerSets.ModelPolicies, main.OptionsWithCatalog(50))),
            ("Edit_ModelPoliciesAnalyzers_Catalog(5000)", () => Scenarios.DocumentDiagnostics(main, AnalyzerSets.ModelPolicies, main.OptionsWithCatalog(5000))),
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
        var medians = Rounds(edit, warmups: smoke ? 0 : 3, editRounds);
        foreach (var pair in Rounds(generator, warmups: smoke ? 0 : 30, generatorRounds))
        {
            medians[pair.Key] = pair.Value;
        }

        return new InterleavedResult(editRounds, generatorRounds, medians);
    }

    private static Dictionary<string, double> Rounds((string Name, Func<int> Run)[] cases, int warmups, int rounds)
    {
        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = -warmups; round < rounds; round++)
        {
            foreach (var (name, run) in cases)
            {
                var watch = Stopwatch.StartNew();
                run();
                if (round >= 0)
                {
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        return times.ToDictionary(p => p.Key, p => Statistics.Median(p.Value));
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
