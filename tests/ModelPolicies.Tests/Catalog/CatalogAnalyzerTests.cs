using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.AnalyzerVerifier<ModelPolicies.Analyzers.Catalog.CatalogAnalyzer>;

namespace ModelPolicies.Tests.Catalog;

public class CatalogAnalyzerTests
{
    private const string Program = "class Program { static void Main() { } }";

    [Fact]
    public async Task Valid_catalog_file_reports_nothing()
    {
        await VerifyCatalogAsync("""
            {
              "models": [
                { "id": "phi-4-mini", "aliases": ["phi4-mini"], "class": "slm", "parameters": "3.8B",
                  "inputs": ["text"], "deployment": ["local", "cloud"], "latencyMs": 40,
                  "provider": "microsoft", "fineTunable": true },
                { "id": "contoso-vision", "class": "fm", "size": "large", "inputs": ["text", "image"],
                  "deployment": ["cloud"] }
              ]
            }
            """);
    }

    [Fact]
    public async Task Unknown_class_is_reported_at_its_value()
    {
        await VerifyCatalogAsync("""
            { "models": [ { "id": "x", "class": {|#0:"xlm"|} } ] }
            """,
            Verify.Diagnostic("MP0008").WithLocation(0).WithArguments("unknown class \"xlm\"; use \"llm\", \"slm\" or \"fm\""));
    }

    private static Task VerifyCatalogAsync(string catalog, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AdditionalFiles.Add(("models.json", catalog));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
