using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Analyzers.Inventory;
using ModelPolicies.Testing;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ModelPolicies.Tests.Inventory;

/// <summary>docs/bom.md: with ModelPoliciesBom=true the compiled assembly carries its bill of materials; off, nothing is emitted.</summary>
public class InventoryGeneratorTests
{
    private const string Catalog = """
        { "models": [
          { "id": "fieldnotes-slm", "class": "slm", "parameters": "3.8B", "inputs": ["text"], "deployment": ["local"], "latencyMs": 60, "provider": "contoso" }
        ] }
        """;

    private const string Notes = """
        using System.Threading.Tasks;
        using Contoso.Field.Models;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        namespace Contoso.Field;

        [Edge]
        public sealed class NoteSummarizer(FieldnotesSlmClient client)
        {
            public Task<ChatResponse> SummarizeAsync(string note) => client.GetResponseAsync(note);

            public ChatOptions Tidy() => Prompts.Short();
        }

        [LowLatency]
        public static class Captions
        {
            public static ChatOptions Live() => Prompts.Short();

            public static ChatOptions Next(string configured) => new() { ModelId = configured };

            public static ChatOptions Later() => new() { ModelId = "contoso-next" };
        }

        public static class Prompts
        {
            public static ChatOptions Short() => new() { ModelId = "gpt-4o-mini" };

            [UsesModel("gpt-4o")]
            public static string Describe(string photo) => photo;
        }

        public sealed class Settings
        {
            private static readonly ChatOptions Defaults = new() { ModelId = "phi-4-mini" };

            public ChatOptions Current => new() { ModelId = "gpt-4.1" };

            public ChatOptions Fallback { get; } = new() { ModelId = "phi-4-mini" };
        }
        """;

    private const string Program = """
        using Microsoft.Extensions.AI;

        var reviewer = new ChatOptions { ModelId = "gpt-4o-mini-2024-07-18" };
        System.Console.WriteLine(Contoso.Field.Prompts.Describe("pump.jpg") + reviewer.ModelId);
        System.Console.WriteLine(Contoso.Field.Prompts.Describe("valve.jpg"));
        """;

    [Fact]
    public void Nothing_is_emitted_and_no_catalog_is_read_while_ModelPoliciesBom_is_not_true()
    {
        foreach (var value in new[] { null, "false", "" })
        {
            var run = Run(Compilation(), value);

            Assert.Null(Assert.Single(run.TrackedSteps[InventoryTrackingNames.Inventory].SelectMany(s => s.Outputs)).Value);
            Assert.Empty((System.Collections.IEnumerable)Assert.Single(run.TrackedSteps[InventoryTrackingNames.CatalogTexts].SelectMany(s => s.Outputs)).Value);
            Assert.DoesNotContain(run.GeneratedSources, s => s.HintName == InventoryEmitter.HintName);
        }
    }

    [Fact]
    public void Nothing_is_emitted_for_a_compilation_without_the_ModelPolicies_runtime()
    {
        var bare = CSharpCompilation.Create("Bare", new[] { CSharpSyntaxTree.ParseText("class C { }", path: "/p/C.cs") }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

        var run = Run(bare, "true");

        Assert.Null(run.Exception);
        Assert.Empty(run.GeneratedSources);
    }

    [CycloneDxFact]
    public void The_compiled_assembly_carries_a_valid_bom_of_every_model_it_uses()
    {
        var (bom, output) = Bom(Compilation());

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        CycloneDx.AssertValid(bom);
        using var document = JsonDocument.Parse(bom);
        var root = document.RootElement;
        var component = root.GetProperty("metadata").GetProperty("component");
        Assert.Equal(("application", "Contoso.Field", "assembly:Contoso.Field"), (component.GetProperty("type").GetString(), component.GetProperty("name").GetString(), component.GetProperty("bom-ref").GetString()));
        Assert.Equal(
            new[] { "model:contoso-next", "model:fieldnotes-slm", "model:gpt-4.1", "model:gpt-4o", "model:gpt-4o-mini", "model:phi-4-mini" },
            root.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()));
        // Field and property initializers and expression bodies are walked too.
        Assert.Equal(
            new[] { ("Notes.cs", LineOf(Notes, "ModelId = \"phi-4-mini\""), "Contoso.Field.Settings.Defaults"), ("Notes.cs", LineOf(Notes, "Fallback"), "Contoso.Field.Settings.Fallback") },
            Occurrences(Component(bom, "phi-4-mini")));
        Assert.Equal(new[] { ("Notes.cs", LineOf(Notes, "gpt-4.1"), "Contoso.Field.Settings.Current") }, Occurrences(Component(bom, "gpt-4.1")));
        Assert.Equal(new[] { "service:openai" }, root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("bom-ref").GetString()));
        Assert.Equal(
            new[] { ("modelpolicies:unverified", $"Notes.cs:{LineOf(Notes, "ModelId = configured")}: 'ChatOptions.ModelId'") },
            CycloneDxWriterTests.Properties(component));
    }

    // docs/runtime.md: an id only the deployment knows, sent through the class's enforced client (directly or through a wrapper), is listed as enforced.
    [CycloneDxFact]
    public void An_id_enforced_at_run_time_is_listed_apart_from_the_unverified_ones()
    {
        const string enforced = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            namespace Contoso.Field;

            [Edge]
            public sealed class Dispatch(ModelPolicyChatClient<Dispatch> chat)
            {
                public Task<ChatResponse> Ask(string configured) => chat.GetResponseAsync("route", new ChatOptions { ModelId = configured });
            }

            // Through a wrapper that sends it to the enforced client: enforced there too.
            public sealed class Desk(Dispatch dispatch)
            {
                public Task<ChatResponse> Run() => dispatch.Ask(System.Environment.GetEnvironmentVariable("DISPATCH_MODEL")!);
            }
            """;
        var compilation = Compilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(enforced, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), "/p/Dispatch.cs"));
        var (bom, _) = Bom(compilation);

        CycloneDx.AssertValid(bom);
        using var document = JsonDocument.Parse(bom);
        Assert.Equal(
            new[]
            {
                ("modelpolicies:enforcedAtRunTime", $"Dispatch.cs:{LineOf(enforced, "ModelId = configured")}: 'ChatOptions.ModelId'"),
                ("modelpolicies:enforcedAtRunTime", $"Dispatch.cs:{LineOf(enforced, "dispatch.Ask")}: parameter 'configured' of 'Ask' through Ask → ChatOptions.ModelId"),
                ("modelpolicies:unverified", $"Notes.cs:{LineOf(Notes, "ModelId = configured")}: 'ChatOptions.ModelId'"),
            },
            CycloneDxWriterTests.Properties(document.RootElement.GetProperty("metadata").GetProperty("component")));
    }

    [CycloneDxFact]
    public void A_typed_client_is_used_where_it_is_injected_and_called_and_its_catalog_facts_are_listed()
    {
        var model = Component(Bom(Compilation()).Document, "fieldnotes-slm");

        Assert.Equal("contoso", model.GetProperty("publisher").GetString());
        Assert.Equal(
            new[] { ("Notes.cs", LineOf(Notes, "(FieldnotesSlmClient client)"), "Contoso.Field.NoteSummarizer.NoteSummarizer"), ("Notes.cs", LineOf(Notes, "client.GetResponseAsync"), "Contoso.Field.NoteSummarizer.SummarizeAsync") },
            Occurrences(model));
        var properties = CycloneDxWriterTests.Properties(model.GetProperty("modelCard"));
        Assert.Equal(
            new[]
            {
                ("modelpolicies:known", "true"), ("modelpolicies:class", "slm"), ("modelpolicies:parameters", "3.8B"), ("modelpolicies:deployment", "local"),
                ("modelpolicies:latencyMs", "60"), ("modelpolicies:tasks", "chat"), ("modelpolicies:contexts", "[Edge]"),
            },
            properties);
    }

    [CycloneDxFact]
    public void A_model_used_through_helpers_is_listed_once_with_each_occurrence_and_the_contexts_that_reach_it()
    {
        var bom = Bom(Compilation()).Document;

        // Used in one helper, reached from an [Edge] and a [LowLatency] method, and by a dated snapshot in top-level code.
        var mini = Component(bom, "gpt-4o-mini");
        Assert.Equal(
            new[] { ("Notes.cs", LineOf(Notes, "\"gpt-4o-mini\""), "Contoso.Field.Prompts.Short"), ("Program.cs", LineOf(Program, "gpt-4o-mini-2024-07-18"), "top-level statements") },
            Occurrences(mini));
        var properties = CycloneDxWriterTests.Properties(mini.GetProperty("modelCard"));
        Assert.Contains(("modelpolicies:contexts", "[Edge] [LowLatency]"), properties);
        Assert.Contains(("modelpolicies:usedAs", "gpt-4o-mini-2024-07-18"), properties);

        // [UsesModel]: each call is a use.
        var gpt4o = Component(bom, "gpt-4o");
        Assert.Equal(
            new[] { ("Program.cs", LineOf(Program, "pump.jpg"), "top-level statements"), ("Program.cs", LineOf(Program, "valve.jpg"), "top-level statements") },
            Occurrences(gpt4o));
        Assert.DoesNotContain(CycloneDxWriterTests.Properties(gpt4o.GetProperty("modelCard")), p => p.Name == "modelpolicies:contexts");
    }

    [CycloneDxFact]
    public void An_id_the_catalog_does_not_know_is_listed_as_written_with_its_context()
    {
        var unknown = Component(Bom(Compilation()).Document, "contoso-next");

        Assert.False(unknown.TryGetProperty("publisher", out _));
        Assert.Equal(new[] { ("modelpolicies:known", "false"), ("modelpolicies:contexts", "[LowLatency]") }, CycloneDxWriterTests.Properties(unknown.GetProperty("modelCard")));
        Assert.Equal(new[] { ("Notes.cs", LineOf(Notes, "\"contoso-next\""), "Contoso.Field.Captions.Later") }, Occurrences(unknown));
    }

    [Fact]
    public void An_edit_that_changes_no_use_leaves_the_emitted_bom_cached()
    {
        var compilation = Compilation();
        var driver = Driver("true").RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/p/Program.cs");
        var text = tree.GetText();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(text.ToString().IndexOf("valve.jpg", StringComparison.Ordinal), 5, "gauge")));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InventoryGenerator));

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(run.TrackedSteps[InventoryTrackingNames.Inventory].SelectMany(s => s.Outputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(run.TrackedSteps[InventoryTrackingNames.Document].SelectMany(s => s.Outputs)).Reason);
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_that_adds_a_use_regenerates_the_bom()
    {
        var compilation = Compilation();
        var driver = Driver("true").RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Contoso.Field { static class Extra { static Microsoft.Extensions.AI.ChatOptions O() => new() { ModelId = \"o3-mini\" }; } }",
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            path: "/p/Extra.cs"));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InventoryGenerator));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.TrackedSteps[InventoryTrackingNames.Inventory].SelectMany(s => s.Outputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)).Reason);
        Assert.Contains("model:o3-mini", run.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    private static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Contoso.Field",
        new[] { ("/p/Notes.cs", Notes), ("/p/Program.cs", Program) }.Select(f => CSharpSyntaxTree.ParseText(f.Item2, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), f.Item1)),
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private static GeneratorDriver Driver(string? bom)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.Field", ["build_property.MSBuildProjectDirectory"] = "/p/" };
        if (bom is not null)
        {
            options["build_property.ModelPoliciesBom"] = bom;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator(), new InventoryGenerator().AsSourceGenerator() },
            new[] { new InMemoryAdditionalText("/p/models.json", Catalog) },
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new GlobalOptionsProvider(options),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    private static GeneratorRunResult Run(Compilation compilation, string? bom) =>
        Driver(bom).RunGenerators(compilation).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InventoryGenerator));

    // The document as the compiled assembly holds it: the argument of [assembly: ModelInventory].
    private static (string Document, Compilation Output) Bom(Compilation compilation)
    {
        Driver("true").RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var attribute = Assert.Single(output.Assembly.GetAttributes(), a => a.AttributeClass?.ToDisplayString() == "ModelPolicies.ModelInventoryAttribute");
        return ((string)attribute.ConstructorArguments.Single().Value!, output);
    }

    private static JsonElement Component(string bom, string id) =>
        JsonDocument.Parse(bom).RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == id);

    private static (string, int, string)[] Occurrences(JsonElement model) =>
        model.GetProperty("evidence").GetProperty("occurrences").EnumerateArray()
            .Select(o => (o.GetProperty("location").GetString()!, o.GetProperty("line").GetInt32(), o.GetProperty("symbol").GetString()!))
            .ToArray();

    // The 1-based line of the first place the text appears, so expectations follow the sources above.
    private static int LineOf(string source, string text) =>
        source.Substring(0, source.IndexOf(text, StringComparison.Ordinal)).Count(c => c == '\n') + 1;
}
