using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

/// <summary>
/// The analyzer keeps what the catalog files give with their text and reuses it for the next compilation (an IDE
/// edit). These run compilations one after another over the same catalog text, as the IDE does, and check that each
/// sees its own options and its own assembly attributes, never the previous compilation's.
/// </summary>
public class CatalogReuseTests
{
    // 10B is an SLM under the default 15B boundary and contradicts "slm" under an 8B one (MP0004). "phi_4_mini" is
    // named Phi4MiniClient, as is the built-in phi-4-mini once [assembly: ModelClient] asks for it (MP0012).
    private const string Catalog = """
        { "models": [
          { "id": "mid", "class": "slm", "parameters": "10B", "deployment": ["local"] },
          { "id": "phi_4_mini", "class": "slm", "parameters": "3.8B", "deployment": ["local"] }
        ] }
        """;

    private static readonly AdditionalText SharedCatalog = new InMemoryAdditionalText("/p/models.json", Catalog);

    [Fact]
    public async Task Each_compilation_sees_its_own_options_over_the_same_catalog_text()
    {
        Assert.Empty(await DiagnoseAsync(SharedCatalog, "class A { }"));
        Assert.Equal(new[] { "MP0004" }, await DiagnoseAsync(SharedCatalog, "class A { }", slmMaxParameters: "8B"));
        Assert.Empty(await DiagnoseAsync(SharedCatalog, "class A { }"));
    }

    [Fact]
    public async Task Each_compilation_sees_its_own_assembly_attributes_over_the_same_catalog_text()
    {
        Assert.Empty(await DiagnoseAsync(SharedCatalog, "class A { }"));
        Assert.Equal(new[] { "MP0012" }, await DiagnoseAsync(SharedCatalog, """[assembly: ModelPolicies.ModelClient("phi-4-mini")] class A { }"""));
        Assert.Empty(await DiagnoseAsync(SharedCatalog, "class A { }"));
    }

    [Fact]
    public async Task A_changed_catalog_text_is_read_again()
    {
        Assert.Empty(await DiagnoseAsync(SharedCatalog, "class A { }"));
        var edited = new InMemoryAdditionalText("/p/models.json", Catalog.Replace("\"10B\"", "\"40B\""));
        Assert.Equal(new[] { "MP0004" }, await DiagnoseAsync(edited, "class A { }"));
    }

    private static async Task<string[]> DiagnoseAsync(AdditionalText catalog, string source, string? slmMaxParameters = null)
    {
        var compilation = CSharpCompilation.Create(
            "Reuse",
            new[] { CSharpSyntaxTree.ParseText(source, path: "A.cs") },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var global = new Dictionary<string, string>();
        if (slmMaxParameters is not null)
        {
            global["model_policies.slm_max_parameters"] = slmMaxParameters;
        }

        var options = new AnalyzerOptions(ImmutableArray.Create(catalog), new GlobalOptionsProvider(global));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
    }
}
