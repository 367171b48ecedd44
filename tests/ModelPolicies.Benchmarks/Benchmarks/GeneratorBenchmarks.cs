using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ModelPolicies.Analyzers.Inventory;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// The client generator on the 500-entry catalog: a cold run (a new driver on a fresh compilation, as a build does),
/// and a warm rerun after an unrelated one-line edit (as the IDE does on each keystroke), each beside an empty
/// ForAttributeWithMetadataName generator doing the same; the warm rerun also beside an empty generator watching the
/// same attributes as ours. The inventory generator (the AI bill of materials): its warm rerun with ModelPoliciesBom off,
/// the cost every build and IDE edit pays, beside the empty generator; and a cold run with it on, the cost of a build
/// that writes the bill of materials.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private WorkloadCompilation _main = null!;
    private GeneratorDriver _warmClient = null!;
    private GeneratorDriver _warmEmpty = null!;
    private GeneratorDriver _warmSameAttributes = null!;
    private GeneratorDriver _warmInventoryOff = null!;
    private AnalyzerConfigOptionsProvider _bomOn = null!;
    private AnalyzerConfigOptionsProvider _runtimeSettingsOff = null!;

    [GlobalSetup]
    public void Setup()
    {
        _main = WorkloadCompilation.Get(BenchmarkSettings.Size, Dialect.ModelPolicies);
        _warmClient = _main.CreateDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGenerators(_main.Source);
        _warmEmpty = _main.CreateDriver(new[] { AnalyzerSets.EmptyGenerator() }).RunGenerators(_main.Source);
        _warmSameAttributes = _main.CreateDriver(new[] { AnalyzerSets.SameAttributesGenerator() }).RunGenerators(_main.Source);
        _warmInventoryOff = _main.CreateDriver(new[] { new InventoryGenerator().AsSourceGenerator() }).RunGenerators(_main.Source);
        _bomOn = new WithGlobal(_main.OptionsProvider, "build_property.ModelPoliciesBom", "true");
        _runtimeSettingsOff = new WithGlobal(_main.OptionsProvider, "build_property.ModelPoliciesRuntimeSettings", "false");
    }

    [Benchmark]
    public int Generator_Cold() =>
        _main.CreateColdDriver(new[] { AnalyzerSets.ClientGenerator() }).RunGenerators(_main.Source.Clone()).GetRunResult().GeneratedTrees.Length;

    /// <summary>The cold run without the run-time settings file (ModelPoliciesRuntimeSettings=false): the clients alone, as before run-time enforcement.</summary>
    [Benchmark]
    public int Generator_Cold_WithoutRuntimeSettings() =>
        _main.CreateColdDriver(new[] { AnalyzerSets.ClientGenerator() }).WithUpdatedAnalyzerConfigOptions(_runtimeSettingsOff)
            .RunGenerators(_main.Source.Clone()).GetRunResult().GeneratedTrees.Length;

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

    [Benchmark]
    public int InventoryOff_WarmAfterEdit() => Scenarios.Rerun(_main, _warmInventoryOff);

    /// <summary>Returns the generated trees: 1, the attribute, when the workload's models were inventoried.</summary>
    [Benchmark]
    public int InventoryOn_Cold() =>
        _main.CreateColdDriver(new[] { new InventoryGenerator().AsSourceGenerator() }).WithUpdatedAnalyzerConfigOptions(_bomOn)
            .RunGenerators(_main.Source.Clone()).GetRunResult().GeneratedTrees.Length;

    // The workload's options with one global option added (ModelPoliciesBom=true, ModelPoliciesRuntimeSettings=false).
    private sealed class WithGlobal(AnalyzerConfigOptionsProvider inner, string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Added(inner.GlobalOptions, key, value);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);

        private sealed class Added(AnalyzerConfigOptions options, string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, out string result)
            {
                if (name == key)
                {
                    result = value;
                    return true;
                }

                return options.TryGetValue(name, out result!);
            }

            public override IEnumerable<string> Keys => options.Keys.Append(key);
        }
    }
}
