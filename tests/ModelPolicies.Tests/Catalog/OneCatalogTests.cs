extern alias runtime;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Options;
using ModelPolicies.Tests.Generator;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

/// <summary>
/// One catalog, one truth: for the same inputs, what the analyzer checks a model against and what the generated
/// client's Descriptor says are the same, field by field, for every model — duplicates and overrides included.
/// </summary>
public class OneCatalogTests
{
    // Within one file a repeated id is an error and the first entry counts; between files the later path wins.
    private const string First = """
        { "models": [
          { "id": "house-slm", "class": "slm", "parameters": "2B", "deployment": ["local"], "latencyMs": 40, "provider": "contoso" },
          { "id": "house-slm", "class": "slm", "parameters": "9B", "deployment": ["cloud"] },
          { "id": "shared", "class": "llm", "parameters": "70B", "provider": "first" },
          { "id": "phi-4-mini", "class": "slm", "parameters": "4B", "deployment": ["cloud"], "provider": "house", "tasks": ["chat"] },
          { "id": "embedder", "class": "slm", "parameters": "300M", "deployment": ["local"], "tasks": ["embedding"] },
          { "id": "json-then-attribute", "class": "fm", "size": "large", "inputs": ["text", "image"] }
        ] }
        """;

    private const string Second = """
        { "models": [
          { "id": "SHARED", "class": "fm", "size": "very-large", "inputs": ["text", "audio"], "deployment": ["cloud"], "provider": "second" }
        ] }
        """;

    // Between attributes the first of an id counts; an attribute replaces a JSON entry of its id.
    private const string Source = """
        using ModelPolicies;
        [assembly: ModelCatalogEntry("attr-model", ModelClass.Slm, Parameters = "1B", Deployment = ModelDeployment.Local, LatencyMs = 15)]
        [assembly: ModelCatalogEntry("attr-model", ModelClass.Llm, Parameters = "90B")]
        [assembly: ModelCatalogEntry("json-then-attribute", ModelClass.Slm, Parameters = "3B", Deployment = ModelDeployment.Local | ModelDeployment.Cloud, Provider = "attribute")]
        [assembly: ModelClient("gpt-4o")]
        [assembly: ModelClient("no-such-model")]
        [assembly: ModelClient("house-slm")]
        namespace Contoso.App { }
        """;

    [Fact]
    public void The_analyzers_entry_and_the_generated_descriptor_agree_for_every_model()
    {
        var (output, _) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(First, "/p/a.models.json"), GeneratorHarness.Catalog(Second, "/p/b.models.json"));
        var generated = GeneratorHarness.Load(output).GetTypes()
            .Where(t => t.GetCustomAttributes().Any(a => a.GetType().Name == "ModelClientAttribute"))
            .ToDictionary(t => (string)t.GetField("ModelId")!.GetValue(null)!, t => t.GetProperty("Descriptor")!.GetValue(null)!);

        var loaded = Load();
        Assert.Equal(loaded.Clients.Select(c => c.Entry.Id).OrderBy(id => id, StringComparer.Ordinal), generated.Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "SHARED", "attr-model", "embedder", "gpt-4o", "house-slm", "json-then-attribute", "phi-4-mini" },
            generated.Keys.OrderBy(id => id, StringComparer.Ordinal));

        foreach (var (id, descriptor) in generated)
        {
            var entry = loaded.Catalog.Find(id)!.Model;
            Assert.Equal(Fields(entry), Fields(descriptor));
        }

        // The outcomes the rules above say.
        Assert.Equal(2_000_000_000, loaded.Catalog.Find("house-slm")!.Model.Size.Parameters);
        Assert.Equal("second", loaded.Catalog.Find("shared")!.Model.Provider);
        Assert.Equal(1_000_000_000, loaded.Catalog.Find("attr-model")!.Model.Size.Parameters);
        Assert.Equal("attribute", loaded.Catalog.Find("json-then-attribute")!.Model.Provider);
        Assert.Equal("house", loaded.Catalog.Find("phi-4-mini")!.Model.Provider);
        Assert.Equal(CatalogSource.BuiltIn, loaded.Catalog.Find("gpt-4o")!.Source);
    }

    // The run time enforces with the catalog the build checked: the emitted settings hold the analyzer's merged catalog,
    // entry for entry, and its budgets (docs/runtime.md, "The catalog at run time").
    [Fact]
    public void The_catalog_emitted_for_the_run_time_is_the_analyzers()
    {
        var (output, _) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(First, "/p/a.models.json"), GeneratorHarness.Catalog(Second, "/p/b.models.json"));
        var settings = runtime::ModelPolicies.ModelPolicySettings.ForAssembly(GeneratorHarness.Load(output))!;
        var analyzer = Load().Catalog;

        Assert.Equal(analyzer.SlmMaxParameters, settings.Catalog.SlmMaxParameters);
        Assert.Equal(ModelTaxonomy.DefaultSlmMaxParameters, settings.Defaults.EdgeMaxParameters);
        Assert.Equal(ModelTaxonomy.DefaultLowLatencyMaxMilliseconds, settings.Defaults.LowLatencyMaxMilliseconds);
        Assert.Equal(analyzer.Entries.Count, settings.Catalog.Entries.Count);
        for (var i = 0; i < analyzer.Entries.Count; i++)
        {
            var (expected, actual) = (analyzer.Entries[i], settings.Catalog.Entries[i]);
            Assert.Equal(expected.Aliases, actual.Aliases);
            Assert.Equal(expected.Source.ToString(), actual.Source.ToString());
            Assert.Equal(Fields(expected.Model), Fields(actual.Model));
        }

        // And it finds names as the analyzer does.
        foreach (var name in new[] { "gpt-4o-2024-08-06", "llama3.1:8b-instruct-q4_K_M", "SHARED", "house-slm", "no-such" })
        {
            Assert.Equal(analyzer.Find(name)?.Id, settings.Catalog.Find(name)?.Id);
        }
    }

    [Fact]
    public void The_duplicates_are_reported_where_they_are_written()
    {
        var problems = Load().Problems.Select(p => (p.Kind, p.Origin.Kind, p.Arguments[0])).ToList();
        Assert.Contains((CatalogProblemKind.Malformed, CatalogOriginKind.File, "duplicate model name 'house-slm': line 2 already names a model with it"), problems);
        Assert.Contains((CatalogProblemKind.Malformed, CatalogOriginKind.Entry, "duplicate [ModelCatalogEntry] for 'attr-model'"), problems);
    }

    private static LoadedCatalog Load()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        return CatalogLoader.Load(
            compilation,
            PolicySymbols.TryCreate(compilation)!,
            PolicyOptions.Default,
            new[] { ("/p/a.models.json", SourceText.From(First)), ("/p/b.models.json", SourceText.From(Second)) },
            CancellationToken.None).Catalog;
    }

    // The descriptor's public facts by name, as text: the analyzer's and the runtime's ModelDescriptor are the same
    // source compiled into two assemblies.
    private static IEnumerable<(string, string?)> Fields(object descriptor) =>
        descriptor.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, Convert.ToString(p.GetValue(descriptor), System.Globalization.CultureInfo.InvariantCulture)));
}
