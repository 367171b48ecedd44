using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelPolicies.Testing;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>docs/bom.md as users meet it: dotnet build with ModelPoliciesBom=true writes a CycloneDX 1.6 file per project.</summary>
[Collection(PackageCollection.Name)]
public sealed class BomTests(PackageFixture package)
{
    private const string Live = """
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        namespace Contoso.Field.Features;

        [LowLatency]
        public static class Live
        {
            public static ChatOptions For(string configured) => new() { ModelId = configured };
        }
        """;

    [BomFact]
    public void Build_writes_a_valid_bom_of_the_programs_models_and_an_unchanged_build_leaves_it_as_it_is()
    {
        var dir = package.NewProject("Bom", ("Program.cs", PackageTests.Program), ("models.json", PackageTests.Catalog));
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(dir, "Features")).FullName, "Live.cs"), Live);

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-p:ModelPoliciesBom=true");
        Assert.True(exitCode == 0, output);
        var path = Path.Combine(dir, "bin", "Debug", "net10.0", "Bom.ai-bom.cdx.json");
        Assert.True(File.Exists(path), output);
        var json = File.ReadAllText(path);
        CycloneDx.AssertValid(json);

        using var bom = JsonDocument.Parse(json);
        var root = bom.RootElement;
        var component = root.GetProperty("metadata").GetProperty("component");
        Assert.Equal(("application", "Bom"), (component.GetProperty("type").GetString(), component.GetProperty("name").GetString()));
        Assert.Equal(
            new[] { $"modelpolicies:unverified=Features/Live.cs:{LineOf(Live, "ModelId = configured")}: 'ChatOptions.ModelId'" },
            component.GetProperty("properties").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}={p.GetProperty("value").GetString()}"));

        var models = root.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(new[] { "gpt-4o", "house-slm", "house-vision" }, models.Keys);
        Assert.Equal(new[] { ("Program.cs", LineOf(PackageTests.Program, "gpt-4o")) }, Occurrences(models["gpt-4o"]));
        Assert.Equal(
            new[] { ("Program.cs", LineOf(PackageTests.Program, "new HouseSlmClient")), ("Program.cs", LineOf(PackageTests.Program, "client.GetResponseAsync")), ("Program.cs", LineOf(PackageTests.Program, "HouseSlmClient.ModelId")) },
            Occurrences(models["house-slm"]));
        Assert.Equal(new[] { ("Program.cs", LineOf(PackageTests.Program, "HouseVisionClient.Descriptor")) }, Occurrences(models["house-vision"]));
        Assert.Equal("openai", models["gpt-4o"].GetProperty("publisher").GetString());
        Assert.Equal(
            new[] { "known=true", "class=fm", "size=large", "deployment=cloud", "tasks=chat", "contexts=[Edge]" },
            Properties(models["gpt-4o"]));
        Assert.Equal(new[] { "known=true", "class=slm", "parameters=2B", "deployment=local", "tasks=chat" }, Properties(models["house-slm"]));
        Assert.Equal(new[] { "service:openai" }, root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("bom-ref").GetString()));
        var gptDependency = root.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("ref").GetString() == "model:gpt-4o");
        Assert.Equal(new[] { "service:openai" }, gptDependency.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));

        // Nothing changed: the target is skipped and the file keeps its bytes and its timestamp.
        var written = File.GetLastWriteTimeUtc(path);
        var again = DotnetCli.Run(dir, "build", "-p:ModelPoliciesBom=true", "-v:n");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("Skipping target \"ModelPoliciesWriteBom\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Equal(json, File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        // Design-time builds do not even tell the generator to run.
        var designTime = DotnetCli.Run(dir, "msbuild", "-getItem:CompilerVisibleProperty", "-p:ModelPoliciesBom=true", "-p:DesignTimeBuild=true");
        var normal = DotnetCli.Run(dir, "msbuild", "-getItem:CompilerVisibleProperty", "-p:ModelPoliciesBom=true");
        Assert.Contains("\"ModelPoliciesBom\"", normal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ModelPoliciesBom\"", designTime.Output, StringComparison.Ordinal);
    }

    [BomFact]
    public void Building_a_solution_writes_one_bom_per_project()
    {
        var first = package.NewProject("SlnNotes", ("Program.cs", "System.Console.WriteLine(new Microsoft.Extensions.AI.ChatOptions { ModelId = \"phi-4-mini\" }.ModelId);\n"));
        var second = package.NewProject("SlnReports", ("Program.cs", "System.Console.WriteLine(new Microsoft.Extensions.AI.ChatOptions { ModelId = \"gpt-4.1\" }.ModelId);\n"));
        var solution = Directory.CreateDirectory(Path.Combine(package.Root, "Sln")).FullName;
        File.WriteAllText(Path.Combine(solution, "Field.slnx"), $"""
            <Solution>
              <Project Path="{Path.Combine(first, "SlnNotes.csproj")}" />
              <Project Path="{Path.Combine(second, "SlnReports.csproj")}" />
            </Solution>
            """);

        var (exitCode, output) = DotnetCli.Run(solution, "build", "Field.slnx", "-p:ModelPoliciesBom=true");
        Assert.True(exitCode == 0, output);

        foreach (var (dir, name, model) in new[] { (first, "SlnNotes", "phi-4-mini"), (second, "SlnReports", "gpt-4.1") })
        {
            var json = File.ReadAllText(Path.Combine(dir, "bin", "Debug", "net10.0", name + ".ai-bom.cdx.json"));
            CycloneDx.AssertValid(json);
            using var bom = JsonDocument.Parse(json);
            Assert.Equal(name, bom.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
            Assert.Equal(new[] { model }, bom.RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        }
    }

    private static (string, int)[] Occurrences(JsonElement model) =>
        model.GetProperty("evidence").GetProperty("occurrences").EnumerateArray().Select(o => (o.GetProperty("location").GetString()!, o.GetProperty("line").GetInt32())).ToArray();

    // Property names without the modelpolicies: prefix, as name=value.
    private static string[] Properties(JsonElement model) =>
        model.GetProperty("modelCard").GetProperty("properties").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()!["modelpolicies:".Length..]}={p.GetProperty("value").GetString()}")
            .ToArray();

    private static int LineOf(string source, string text) =>
        source[..source.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

/// <summary>A fact that needs the dotnet CLI and the CycloneDX validator; skipped, with the reason, where either is missing.</summary>
public sealed class BomFactAttribute : FactAttribute
{
    public BomFactAttribute()
    {
        Skip = DotnetCli.Path is null
            ? "The dotnet CLI is not on PATH (nor DOTNET_HOST_PATH): integration tests need the real SDK."
            : CycloneDx.Unavailable;
    }
}
