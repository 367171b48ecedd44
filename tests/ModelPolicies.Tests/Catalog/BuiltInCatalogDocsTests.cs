using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

/// <summary>
/// docs/catalog.md lists the built-in models from builtin.models.json: the list between its markers is what this
/// writes, so it cannot drift from the data. Set MODELPOLICIES_UPDATE_DOCS=1 to rewrite it.
/// </summary>
public class BuiltInCatalogDocsTests
{
    private const string Begin = "<!-- built-in models: generated from src/ModelPolicies.Analyzers/Catalog/builtin.models.json by BuiltInCatalogDocsTests -->";
    private const string End = "<!-- end of built-in models -->";

    [Fact]
    public void The_built_in_resource_reads_without_a_problem()
    {
        Assert.Empty(BuiltInCatalog.Problems);
        Assert.True(BuiltInCatalog.Entries.Length >= 96);
        Assert.All(BuiltInCatalog.Entries, e => Assert.Equal(CatalogSource.BuiltIn, e.Source));
    }

    [Fact]
    public void Every_built_in_entry_names_its_source()
    {
        foreach (var model in JsonModels())
        {
            Assert.True(model.TryGetProperty("source", out var source) && Uri.IsWellFormedUriString(source.GetString(), UriKind.Absolute), model.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void The_docs_list_the_built_in_models_from_the_data()
    {
        var path = Repository.PathOf("docs/catalog.md");
        var page = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/catalog.md has no built-in models markers");

        var expected = Table();
        var actual = page.Substring(start + Begin.Length, end - start - Begin.Length);
        if (actual != expected && Environment.GetEnvironmentVariable("MODELPOLICIES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page.Substring(0, start + Begin.Length) + expected + page.Substring(end));
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static string Table()
    {
        var table = new StringBuilder("\n\n| Id | Class | Size | Inputs | Deployment | Tasks | Provider | Also matches | Source |\n|---|---|---|---|---|---|---|---|---|\n");
        var sources = JsonModels().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("source").GetString()!);
        foreach (var entry in BuiltInCatalog.Entries)
        {
            var model = entry.Model;
            table.Append($"| `{entry.Id}` | {ModelVocabulary.Name(model.Class)} | {model.Size} | {ModelVocabulary.Names(model.Inputs)} | {ModelVocabulary.Names(model.Deployment)} | {ModelVocabulary.Names(model.Tasks)} | {model.Provider} | ")
                .Append(string.Join(", ", entry.Aliases.Select(a => $"`{a}`")))
                .Append($" | [source]({sources[entry.Id]}) |\n");
        }

        return table.Append('\n').ToString();
    }

    private static JsonElement[] JsonModels()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("src/ModelPolicies.Analyzers/Catalog/builtin.models.json")));
        return document.RootElement.GetProperty("models").EnumerateArray().Select(m => m.Clone()).ToArray();
    }
}
