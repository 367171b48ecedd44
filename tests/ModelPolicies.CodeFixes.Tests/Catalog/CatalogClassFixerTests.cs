using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.CatalogAnalyzer, ModelPolicies.CodeFixes.CatalogClassFixer>;

namespace ModelPolicies.CodeFixes.Tests.Catalog;

/// <summary>MP0004: an [assembly: ModelCatalogEntry] is given the class its size and inputs imply; JSON entries are reported only.</summary>
public class CatalogClassFixerTests
{
    [Fact]
    public async Task Assembly_entry_gets_the_implied_class()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;

            [assembly: {|MP0004:ModelCatalogEntry("contoso-coder", ModelClass.Slm, Parameters = "34B")|}]
            [assembly: {|MP0004:ModelCatalogEntry("scanner", ModelPolicies.ModelClass.Llm, Parameters = "2B", Inputs = Modality.Text | Modality.Image)|}]
            [assembly: {|MP0004:ModelCatalogEntry(modelClass: ModelClass.Fm, id: "notes", Parameters = "2B")|}]
            """, """
            using ModelPolicies;

            [assembly: ModelCatalogEntry("contoso-coder", ModelClass.Llm, Parameters = "34B")]
            [assembly: ModelCatalogEntry("scanner", ModelPolicies.ModelClass.Fm, Parameters = "2B", Inputs = Modality.Text | Modality.Image)]
            [assembly: ModelCatalogEntry(modelClass: ModelClass.Slm, id: "notes", Parameters = "2B")]
            """);
    }

    [Fact]
    public async Task Class_written_through_a_using_static_keeps_that_form()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            using static ModelPolicies.ModelClass;

            [assembly: {|MP0004:ModelCatalogEntry("contoso-coder", Slm, Parameters = "34B")|}]
            """, """
            using ModelPolicies;
            using static ModelPolicies.ModelClass;

            [assembly: ModelCatalogEntry("contoso-coder", Llm, Parameters = "34B")]
            """);
    }

    [Fact]
    public async Task Json_catalog_entry_is_reported_without_a_fix()
    {
        var test = Verify.Create("class Program { }", "class Program { }");
        test.TestState.AdditionalFiles.Add(("/project/vision.models.json", """
            { "models": [ { "id": "seeing", "class": {|MP0004:"llm"|}, "size": "large", "inputs": ["text", "image"] } ] }
            """));
        await test.RunAsync();
    }
}
