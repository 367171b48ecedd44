using System;
using System.Collections.Generic;
using System.Linq;
using ModelPolicies.Analyzers.Catalog;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

public class BuiltInCatalogTests
{
    public static IEnumerable<object[]> Entries => BuiltInCatalog.Entries.Select(e => new object[] { e.Id });

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_built_in_entry_is_consistent_with_the_taxonomy(string id)
    {
        var model = BuiltInCatalog.Entries.Single(e => e.Id == id).Model;
        Assert.False(model.Size.IsUnknown, $"{id} has no size");
        Assert.NotEqual(ModelDeployment.None, model.Deployment);
        Assert.NotEqual(Modality.None, model.Inputs);
        Assert.Null(ModelTaxonomy.Contradiction(model.Class, model.Size, model.Inputs));
        Assert.False(string.IsNullOrWhiteSpace(model.Provider));
    }

    [Fact]
    public void Every_name_in_the_built_in_catalog_names_one_model()
    {
        var names = BuiltInCatalog.Entries.SelectMany(e => e.Aliases.Prepend(e.Id)).ToList();
        var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    // docs/catalog.md, "The built-in catalog": the families the built-in catalog must know.
    [Theory]
    [InlineData("gpt-4o", "Fm")]
    [InlineData("gpt-4o-mini", "Fm")]
    [InlineData("gpt-4.1", "Fm")]
    [InlineData("gpt-4.1-mini", "Fm")]
    [InlineData("gpt-4.1-nano", "Fm")]
    [InlineData("o3-mini", "Llm")]
    [InlineData("claude-3.5-haiku", null)]
    [InlineData("claude-sonnet-4", "Fm")]
    [InlineData("claude-opus-4", "Fm")]
    [InlineData("gemini-2.0-flash", "Fm")]
    [InlineData("gemini-2.5-pro", "Fm")]
    [InlineData("gemini-nano", null)]
    [InlineData("llama-3.2-1b", "Slm")]
    [InlineData("llama-3.2-3b", "Slm")]
    [InlineData("llama-3.1-8b", "Slm")]
    [InlineData("llama-3.1-70b", "Llm")]
    [InlineData("llama-3.1-405b", "Llm")]
    [InlineData("llama-3.2-11b-vision", "Fm")]
    [InlineData("phi-3-mini", "Slm")]
    [InlineData("phi-3.5-mini", "Slm")]
    [InlineData("phi-4", "Slm")]
    [InlineData("phi-4-mini", "Slm")]
    [InlineData("phi-4-multimodal", "Fm")]
    [InlineData("gemma-2-2b", "Slm")]
    [InlineData("gemma-3-4b", "Fm")]
    [InlineData("gemma-3n-e4b", "Fm")]
    [InlineData("mistral-7b", "Slm")]
    [InlineData("mixtral-8x7b", "Llm")]
    [InlineData("mistral-small", "Fm")]
    [InlineData("qwen2.5-0.5b", "Slm")]
    [InlineData("qwen2.5-72b", "Llm")]
    [InlineData("qwen2.5-vl-7b", "Fm")]
    [InlineData("smollm2-135m", "Slm")]
    [InlineData("whisper-large-v3", "Fm")]
    public void The_well_known_models_are_built_in(string id, string? expectedClass)
    {
        var entry = BuiltInCatalog.Entries.SingleOrDefault(e => e.Id == id);
        Assert.NotNull(entry);
        if (expectedClass is not null)
        {
            Assert.Equal(expectedClass, entry!.Model.Class.ToString());
        }
    }

    [Fact]
    public void Open_weight_small_models_run_locally_and_hosted_flagships_do_not()
    {
        var catalog = BuiltInCatalog.Entries.ToDictionary(e => e.Id);
        Assert.True(catalog["phi-4-mini"].Model.RunsLocally);
        Assert.True(catalog["llama-3.2-3b"].Model.RunsLocally);
        Assert.False(catalog["gpt-4o"].Model.RunsLocally);
        Assert.False(catalog["claude-sonnet-4"].Model.RunsLocally);
    }
}
