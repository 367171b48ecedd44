using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Options;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

public class ModelCatalogTests
{
    [Fact]
    public void A_catalog_with_bad_entries_still_provides_the_good_ones()
    {
        var loaded = Load("""
            { "models": [
              { "id": "good-one", "class": "slm", "parameters": "1B", "deployment": ["local"] },
              { "id": "bad-class", "class": "xlm" },
              { "id": "broken", "class": "slm", "inputs": ["text", ] },
              { "id": "good-two", "class": "fm", "size": "large", "inputs": ["text", "image"] },
              { "no-id": true, "class": "slm" },
              { "id": "unterminated
              { "id": "good-three", "class": "llm", "parameters": "70B" }
            ] }
            """);

        Assert.NotNull(loaded.Catalog.Find("good-one"));
        Assert.NotNull(loaded.Catalog.Find("good-two"));
        Assert.NotNull(loaded.Catalog.Find("good-three"));
        Assert.Null(loaded.Catalog.Find("bad-class"));
        Assert.Null(loaded.Catalog.Find("broken"));
        Assert.Equal(5, loaded.Problems.Length); // bad class, trailing comma, "no-id" (unknown property and missing id), unclosed string
    }

    [Fact]
    public void An_unknown_property_is_reported_but_the_entry_still_loads()
    {
        var loaded = Load("""{ "models": [ { "id": "typo", "class": "slm", "paramters": "3B" } ] }""");
        Assert.NotNull(loaded.Catalog.Find("typo"));
        Assert.Single(loaded.Problems);
    }

    [Fact]
    public void Json_entries_override_built_ins_by_id()
    {
        var builtIn = Load(null).Catalog.Find("gpt-4o")!;
        Assert.Equal(CatalogSource.BuiltIn, builtIn.Source);

        var loaded = Load("""{ "models": [ { "id": "GPT-4o", "class": "fm", "size": "large", "inputs": ["text", "image"], "deployment": ["local", "cloud"] } ] }""");
        var entry = loaded.Catalog.Find("gpt-4o")!;
        Assert.Equal(CatalogSource.Json, entry.Source);
        Assert.True(entry.Model.RunsLocally);
        Assert.Single(loaded.Catalog.Entries, e => string.Equals(e.Id, "gpt-4o", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Assembly_entries_override_json_and_built_ins_by_id()
    {
        var loaded = Load(
            """{ "models": [ { "id": "phi-4-mini", "class": "slm", "parameters": "3.8B", "deployment": ["cloud"] } ] }""",
            """[assembly: ModelPolicies.ModelCatalogEntry("phi-4-mini", ModelPolicies.ModelClass.Slm, Parameters = "3.8B", Deployment = ModelPolicies.ModelDeployment.Local, LatencyMs = 25, Aliases = new[] { "pocket-phi" })]""");
        var entry = loaded.Catalog.Find("pocket-phi")!;
        Assert.Equal(CatalogSource.Attribute, entry.Source);
        Assert.Equal("phi-4-mini", entry.Id);
        Assert.Equal(ModelDeployment.Local, entry.Model.Deployment);
        Assert.Equal(25, entry.Model.LatencyMs);
        Assert.Same(entry, loaded.Catalog.Find("phi-4-mini"));
    }

    [Fact]
    public void Assembly_entry_defaults_are_text_input_and_cloud_and_the_class_stands_in_for_size()
    {
        var entry = Load(null, """[assembly: ModelPolicies.ModelCatalogEntry("house-llm", ModelPolicies.ModelClass.Llm)]""").Catalog.Find("house-llm")!;
        Assert.Equal(Modality.Text, entry.Model.Inputs);
        Assert.Equal(ModelDeployment.Cloud, entry.Model.Deployment);
        Assert.Equal(ModelSizeTier.Large, entry.Model.Size.Tier);
    }

    [Fact]
    public void The_built_in_catalog_can_be_turned_off()
    {
        var options = PolicyOptions.Default with { BuiltInCatalog = false };
        var loaded = Load("""{ "models": [ { "id": "only", "class": "slm" } ] }""", options: options);
        Assert.Null(loaded.Catalog.Find("gpt-4o"));
        Assert.Equal("only", Assert.Single(loaded.Catalog.Entries).Id);
    }

    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("GPT-4O", "gpt-4o")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini")]
    [InlineData("llama3.1", "llama-3.1-8b")]
    [InlineData("llama3.1:70b", "llama-3.1-70b")]
    [InlineData("llama3.1:latest", "llama-3.1-8b")]
    [InlineData("phi4-mini", "phi-4-mini")]
    [InlineData("microsoft/Phi-4-mini-instruct", "phi-4-mini")]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-8b")]
    public void Names_match_ids_aliases_tags_and_dated_snapshots(string name, string expectedId)
    {
        Assert.Equal(expectedId, BuiltIn.Find(name)?.Id);
    }

    [Theory]
    [InlineData("gpt-4o-2024")]
    [InlineData("totally-unknown")]
    [InlineData("")]
    public void Unknown_names_find_nothing(string name) => Assert.Null(BuiltIn.Find(name));

    [Fact]
    public void Compliant_models_prefer_the_users_catalog_then_the_smallest()
    {
        var loaded = Load("""{ "models": [ { "id": "house-slm", "class": "slm", "parameters": "7B", "deployment": ["local"] } ] }""");
        var edge = new ModelRequirements(ModelTaxonomy.DefaultSlmMaxParameters, null, Modality.None);
        var candidates = loaded.Catalog.Compliant(edge, loaded.Catalog.Find("gpt-4o")!.Model, max: 3);
        Assert.Equal("house-slm", candidates[0].Id);
        Assert.Equal(3, candidates.Count);
        Assert.All(candidates, c => Assert.True(ModelTaxonomy.Satisfies(c.Model, edge)));
        Assert.True(candidates[1].Model.Size.Parameters <= candidates[2].Model.Size.Parameters);
    }

    // The message names the first model the fixer offers: Best is Compliant's first, for every replaced model.
    [Theory]
    [InlineData(true, null, 0)]
    [InlineData(false, 300, 0)]
    [InlineData(false, null, (int)Modality.Image)]
    [InlineData(true, null, (int)Modality.Image)]
    [InlineData(true, 50, (int)Modality.Video)]
    public void Best_is_the_first_compliant_model(bool edge, int? latency, int inputBits)
    {
        var inputs = (Modality)inputBits;
        var loaded = Load("""{ "models": [ { "id": "house-slm", "class": "slm", "parameters": "7B", "deployment": ["local"] } ] }""");
        var requirements = new ModelRequirements(edge ? ModelTaxonomy.DefaultSlmMaxParameters : null, latency, inputs);
        foreach (var replaced in loaded.Catalog.Entries.Select(e => e.Model).Append(null))
        {
            var first = loaded.Catalog.Compliant(requirements, replaced, max: 1);
            Assert.Equal(first.Count == 0 ? null : first[0].Id, loaded.Catalog.Best(requirements, replaced)?.Id);
        }
    }

    [Fact]
    public void Compliant_models_take_text_when_the_replaced_model_does()
    {
        var edge = new ModelRequirements(ModelTaxonomy.DefaultSlmMaxParameters, null, Modality.None);
        var candidates = BuiltIn.Compliant(edge, BuiltIn.Find("gpt-4o")!.Model, max: 50);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.True((c.Model.Inputs & Modality.Text) != 0, c.Id));
    }

    [Fact]
    public void Truncating_a_catalog_anywhere_never_throws_and_keeps_locations_in_the_file()
    {
        const string catalog = """
            { "models": [
              { "id": "a", "aliases": ["a:1b", "org/a"], "class": "slm", "parameters": "1.5B", "inputs": ["text"], "deployment": ["local"], "latencyMs": 30 },
              { "id": "b\u00e9\"\\", "class": "fm", "size": "large", "inputs": ["text", "image"], "provider": "contoso", "fineTunable": false }
            ] }
            """;
        for (var length = 0; length <= catalog.Length; length++)
        {
            var text = SourceText.From(catalog.Substring(0, length));
            var file = CatalogFile.Read(text);
            Assert.All(file.Problems, p => Assert.InRange(p.Span.End, 0, text.Length));
            Assert.True(length == catalog.Length || file.Problems.Count > 0, $"no problem reported at length {length}");
        }
    }

    private static ModelCatalog BuiltIn { get; } = Load(null).Catalog;

    internal static LoadedCatalog Load(string? json, string? source = null, PolicyOptions? options = null)
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            source is null ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var files = new List<(string, SourceText)>();
        if (json is not null)
        {
            files.Add(("models.json", SourceText.From(json)));
        }

        return CatalogLoader.Load(compilation, PolicySymbols.TryCreate(compilation)!, options ?? PolicyOptions.Default, files, CancellationToken.None).Catalog;
    }
}
