using System;
using System.IO;
using System.Linq;
using ModelPolicies.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>docs/clients.md: what the generator emits: one file holding every client of the compilation.</summary>
public class ClientGeneratorTests
{
    private const string Catalog = """
        { "models": [
          { "id": "fieldnotes-slm", "class": "slm", "parameters": "3.8B", "deployment": ["local"], "latencyMs": 40, "provider": "contoso" },
          { "id": "inspect-vision", "class": "fm", "size": "large", "inputs": ["text", "image", "audio", "video"], "deployment": ["cloud"], "provider": "contoso" }
        ] }
        """;

    [Fact]
    public void Generated_file_matches_its_snapshot()
    {
        var (output, run) = GeneratorHarness.Generate(
            """[assembly: ModelPolicies.ModelClient("o3-mini")]""",
            GeneratorHarness.Catalog(Catalog));
        Assert.Empty(GeneratorHarness.Errors(output));

        var file = GeneratorHarness.GeneratedFile(run);
        Assert.Equal("Contoso.App.Models.ModelClients.g.cs", file.HintName);
        AssertMatchesSnapshot("ModelClients.g.cs.txt", file.SourceText.ToString());
    }

    /// <summary>The generated text equals the snapshot file; <c>UPDATE_SNAPSHOTS=1</c> rewrites it instead.</summary>
    internal static void AssertMatchesSnapshot(string name, string actual)
    {
        var snapshot = Repository.PathOf("tests/ModelPolicies.Tests/Generator/Snapshots/" + name);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(snapshot, actual);
        }

        Assert.Equal(File.ReadAllText(snapshot), actual);
    }

    [Fact]
    public void Only_catalog_entries_and_requested_built_ins_get_clients()
    {
        var (_, run) = GeneratorHarness.Generate(
            """
            using ModelPolicies;
            [assembly: ModelClient("phi4-mini")]
            [assembly: ModelClient("no-such-model")]
            [assembly: ModelCatalogEntry("house-llm", ModelClass.Llm, Parameters = "70B")]
            """,
            GeneratorHarness.Catalog(Catalog),
            GeneratorHarness.Catalog("{ not a catalog", "/p/notes.json"));
        Assert.Equal("Contoso.App.Models.ModelClients.g.cs", GeneratorHarness.GeneratedFile(run).HintName);
        // In ordinal order of the ids: fieldnotes-slm, house-llm, inspect-vision, phi-4-mini.
        var clients = new[] { "FieldnotesSlmClient", "HouseLlmClient", "InspectVisionClient", "Phi4MiniClient" };
        Assert.Equal(clients, GeneratorHarness.ClientNames(run));
        Assert.Equal(clients.Select(c => "Add" + c), GeneratorHarness.RegistrationNames(run));
    }

    [Fact]
    public void Assembly_entries_override_json_entries_of_the_same_id()
    {
        var (_, run) = GeneratorHarness.Generate(
            """[assembly: ModelPolicies.ModelCatalogEntry("fieldnotes-slm", ModelPolicies.ModelClass.Slm, Parameters = "1B", Deployment = ModelPolicies.ModelDeployment.Local)]""",
            GeneratorHarness.Catalog(Catalog));
        Assert.Contains("FromParameters(1000000000L)", GeneratorHarness.GeneratedText(run, "FieldnotesSlmClient"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_catalog_never_fails_the_generator()
    {
        var (output, run) = GeneratorHarness.Generate(
            """[assembly: ModelPolicies.ModelCatalogEntry("", (ModelPolicies.ModelClass)42)]""",
            GeneratorHarness.Catalog("""{ "models": [ { "id": "ok-model", "class": "slm" }, { "id": 3 }, {"""));
        Assert.Equal(new[] { "OkModelClient" }, GeneratorHarness.ClientNames(run));
        Assert.Empty(GeneratorHarness.Errors(output));
    }

    [Fact]
    public void The_namespace_and_the_switch_come_from_msbuild_properties()
    {
        var compilation = GeneratorHarness.Compilation("""[assembly: ModelPolicies.ModelClient("phi-4-mini")]""");
        var custom = GeneratorHarness.Driver(globalOptions: new System.Collections.Generic.Dictionary<string, string> { ["build_property.ModelPoliciesNamespace"] = "Contoso.Ai" })
            .RunGenerators(compilation).GetRunResult();
        Assert.Equal(new[] { "Contoso.Ai.ModelClients.g.cs", "Contoso.Ai.ModelPolicySettings.g.cs" }, custom.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Order(StringComparer.Ordinal));

        var off = GeneratorHarness.Driver(globalOptions: new System.Collections.Generic.Dictionary<string, string> { ["build_property.ModelPoliciesGenerateClients"] = "false" })
            .RunGenerators(compilation).GetRunResult();
        Assert.Empty(off.GeneratedTrees);
    }

    [Fact]
    public void A_project_with_no_clients_gets_no_file()
    {
        var (output, run) = GeneratorHarness.Generate("""[assembly: ModelPolicies.ModelClient("no-such-model")]""");
        Assert.Empty(GeneratorHarness.ClientFiles(run));
        Assert.Empty(GeneratorHarness.Errors(output));
    }
}
