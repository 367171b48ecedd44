using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>docs/performance.md: unrelated edits leave every step and the one output cached; a catalog edit (its size, its tasks) changes only its model's types and regenerates the one file.</summary>
public class IncrementalityTests
{
    private static readonly string[] Steps =
    {
        TrackingNames.Options, TrackingNames.CatalogFiles, TrackingNames.FileClients,
        TrackingNames.AttributeClients, TrackingNames.RequestedIds, TrackingNames.Catalog, TrackingNames.Clients, TrackingNames.Settings,
    };

    private const string Catalog = """
        { "models": [
          { "id": "fieldnotes-slm", "class": "slm", "parameters": "3.8B", "deployment": ["local"] },
          { "id": "inspect-vision", "class": "fm", "size": "large", "inputs": ["text", "image"] }
        ] }
        """;

    private const string Source = """
        using ModelPolicies;
        [assembly: ModelClient("phi-4-mini")]
        [assembly: ModelCatalogEntry("house-llm", ModelClass.Llm, Parameters = "70B")]
        namespace Contoso.App
        {
            public class Notes { public string Summarize() => "one"; }
        }
        """;

    [Fact]
    public void Rerunning_on_a_cloned_compilation_caches_every_step()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Catalog(Catalog) }).RunGenerators(compilation);
        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        AssertAllCached(rerun);
    }

    [Fact]
    public void Adding_an_unrelated_file_caches_every_step()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Catalog(Catalog) }).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Contoso.App { class Extra { } }", path: "Extra.cs"));
        AssertAllCached(driver.RunGenerators(edited).GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_a_method_body_caches_every_step()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Catalog(Catalog) }).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(tree.GetText().ToString().IndexOf("\"one\"", StringComparison.Ordinal), 5, "\"two\"")));
        AssertAllCached(driver.RunGenerators(edited).GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_one_catalog_entry_changes_only_that_client_and_regenerates_the_one_file()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var original = GeneratorHarness.Catalog(Catalog);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);
        var before = Clients(driver.GetRunResult().Results.Single());
        var changed = GeneratorHarness.Catalog(Catalog.Replace("\"3.8B\"", "\"3B\"", StringComparison.Ordinal));
        var run = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        // The inputs that did not change stay cached.
        AssertCached(run, TrackingNames.Options, TrackingNames.AttributeClients, TrackingNames.RequestedIds);

        // The clients step's one output is Modified, and only fieldnotes-slm differs in it.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs)).Reason);
        var after = Clients(run);
        Assert.Equal(4, after.Count);
        Assert.Equal(before.Select(c => c.Spec.Id), after.Select(c => c.Spec.Id));
        Assert.Equal(new[] { "fieldnotes-slm" }, after.Where((client, i) => !client.Equals(before[i])).Select(c => c.Spec.Id));

        // And the one file is regenerated.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(SourceOutputs(run)).Reason);
        Assert.Contains("FromParameters(3000000000L)", GeneratorHarness.GeneratedText(run, "FieldnotesSlmClient"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_entrys_tasks_changes_only_that_models_types()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var original = GeneratorHarness.Catalog(Catalog);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var before = Clients(first);
        var changed = GeneratorHarness.Catalog(Catalog.Replace("\"deployment\": [\"local\"] }", "\"deployment\": [\"local\"], \"tasks\": [\"embedding\", \"speech-to-text\"] }", StringComparison.Ordinal));
        var run = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        AssertCached(run, TrackingNames.Options, TrackingNames.AttributeClients, TrackingNames.RequestedIds);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs)).Reason);
        var after = Clients(run);
        Assert.Equal(new[] { "fieldnotes-slm" }, after.Where((client, i) => !client.Equals(before[i])).Select(c => c.Spec.Id));
        Assert.Equal(before.Select(c => c.Stem), after.Select(c => c.Stem));

        // Its chat client gives way to its two new types; every other model's type is the same text as before.
        Assert.Equal(
            new[] { "FieldnotesSlmEmbeddingGenerator", "FieldnotesSlmSpeechToTextClient", "HouseLlmClient", "InspectVisionClient", "Phi4MiniClient" },
            GeneratorHarness.ClientNames(run));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(SourceOutputs(run)).Reason);
        Assert.All(new[] { "HouseLlmClient", "InspectVisionClient", "Phi4MiniClient" }, type => Assert.Equal(TypeText(first, type), TypeText(run, type)));
    }

    // A type's text without the warning directives a preceding experimental type leaves in its leading trivia.
    private static string TypeText(GeneratorRunResult run, string type) =>
        string.Join("\n", GeneratorHarness.GeneratedText(run, type).Split('\n').Where(line => !line.TrimStart().StartsWith("#pragma", StringComparison.Ordinal)));

    [Fact]
    public void Adding_a_catalog_entry_adds_its_client_to_the_one_file()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var original = GeneratorHarness.Catalog(Catalog);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);
        var before = Clients(driver.GetRunResult().Results.Single());
        var end = Catalog.LastIndexOf(']');
        var grown = GeneratorHarness.Catalog(Catalog.Substring(0, end) + ", { \"id\": \"zz-new\", \"class\": \"slm\" }" + Catalog.Substring(end));
        var run = driver.ReplaceAdditionalText(original, grown).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs)).Reason);
        Assert.Equal(before.Append(Clients(run).Single(c => c.Spec.Id == "zz-new")), Clients(run));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(SourceOutputs(run)).Reason);
        Assert.Equal(before.Select(c => c.Stem + "Client").Append("ZzNewClient"), GeneratorHarness.ClientNames(run));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        var run = GeneratorHarness.Driver(new[] { GeneratorHarness.Catalog(Catalog) })
            .RunGenerators(GeneratorHarness.Compilation(Source))
            .GetRunResult().Results.Single();
        Assert.All(Steps, step => Assert.True(run.TrackedSteps.ContainsKey(step), $"step {step} is not tracked"));
        // Our steps only: Roslyn's own ForAttributeWithMetadataName steps hold syntax by design.
        foreach (var name in Steps)
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertAllCached(GeneratorRunResult run)
    {
        AssertCached(run, Steps);
        Assert.All(Assert.Single(run.TrackedOutputSteps).Value.SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static void AssertCached(GeneratorRunResult run, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(run.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }
    }

    // The clients step's one value: every client of the compilation, in ordinal id order.
    private static IReadOnlyList<NamedClient> Clients(GeneratorRunResult run) =>
        ((EquatableArray<NamedClient>)Assert.Single(run.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs)).Value).ToList();

    // The clients file's output: the source output fed by the clients step (the run-time settings file has its own).
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRunResult run) =>
        Assert.Single(run.TrackedOutputSteps).Value
            .Where(s => s.Inputs.Any(input => input.Source.Name == TrackingNames.Clients))
            .SelectMany(s => s.Outputs);

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree, $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
