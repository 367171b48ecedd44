using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>The package as users meet it: dotnet build of a new project that references it.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageTests(PackageFixture package)
{
    internal const string Catalog = """
        { "models": [
          { "id": "house-slm", "class": "slm", "parameters": "2B", "deployment": ["local"] },
          { "id": "house-vision", "class": "fm", "parameters": "4B", "inputs": ["text", "image"], "deployment": ["local"] }
        ] }
        """;

    internal const string Program = """
        using Contoso.Field.Models;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        var client = new HouseSlmClient(new EchoClient());
        var response = await client.GetResponseAsync("ping");
        Console.WriteLine($"{HouseSlmClient.ModelId}|{response.Text}|{HouseVisionClient.Descriptor.Class}");

        [Edge]
        static class Notes
        {
            public static ChatOptions Options() => new() { ModelId = "gpt-4o" };
        }

        sealed class EchoClient : IChatClient
        {
            public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "pong from " + options?.ModelId)));

            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException();

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose()
            {
            }
        }
        """;

    [DotnetFact]
    public void Package_holds_the_runtime_the_analyzers_and_the_msbuild_files_and_is_a_real_dependency()
    {
        using var nupkg = ZipFile.OpenRead(Path.Combine(package.Feed, $"ModelPolicies.{package.Version}.nupkg"));
        var entries = nupkg.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/ModelPolicies.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ModelPolicies.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ModelPolicies.CodeFixes.dll", entries);
        Assert.Contains("build/ModelPolicies.props", entries);
        Assert.Contains("build/ModelPolicies.targets", entries);
        Assert.Contains("buildTransitive/ModelPolicies.props", entries);
        Assert.Contains("buildTransitive/ModelPolicies.targets", entries);
        Assert.Contains("PACKAGE.md", entries);
        // The bill-of-materials task alone: MSBuild brings its own MSBuild and System.Reflection.Metadata assemblies.
        Assert.Equal(new[] { "tasks/netstandard2.0/ModelPolicies.Build.dll" }, entries.Where(e => e.StartsWith("tasks/", StringComparison.Ordinal)));

        using var nuspec = new StreamReader(nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.DoesNotContain("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>PACKAGE.md</readme>", text, StringComparison.Ordinal);
        Assert.Contains("<repository", text, StringComparison.Ordinal);
        Assert.Contains("AnalyzerReleases", text, StringComparison.Ordinal);
        Assert.Contains("id=\"Microsoft.Extensions.AI\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Microsoft.Build", text, StringComparison.Ordinal);
    }

    [DotnetFact]
    public void Build_shows_the_warnings_picks_up_models_json_and_the_generated_clients_run()
    {
        var dir = package.NewProject("Warn", ("Program.cs", Program), ("models.json", Catalog));

        var (exitCode, output) = DotnetCli.Run(dir, "build");
        Assert.True(exitCode == 0, output);
        Assert.Contains("warning MP0001: 'Options' is marked [Edge] but uses 'gpt-4o' (FM, cloud only); edge code needs a small model that runs on the device, such as 'house-slm'", output, StringComparison.Ordinal);

        var run = DotnetCli.Run(dir, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("house-slm|pong from house-slm|Fm", run.Output, StringComparison.Ordinal);
    }

    [DotnetFact]
    public void Enforce_turns_policy_warnings_into_errors_and_leaves_other_warnings_alone()
    {
        var dir = package.NewProject("Enforce", ("Program.cs", Program + "\nclass Unused { void M() { int unused; } }\n"), ("models.json", Catalog));

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-p:ModelPoliciesEnforce=true");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error MP0001", output, StringComparison.Ordinal);
        Assert.Contains("warning CS0168", output, StringComparison.Ordinal);
    }

    [DotnetFact]
    public void Error_log_is_sarif_2_1_with_rule_ids_help_links_and_locations()
    {
        var dir = package.NewProject("Sarif", ("Program.cs", Program), ("models.json", Catalog));

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-p:ErrorLog=out.sarif%2Cversion=2.1");
        Assert.True(exitCode == 0, output);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "MP0001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "MP0001");
        Assert.Equal("https://github.com/modelpolicies/modelpolicies/blob/main/docs/rules/MP0001.md", rule.GetProperty("helpUri").GetString());
    }

    [DotnetFact]
    public void The_generator_can_be_switched_off()
    {
        var dir = package.NewProject("NoClients", ("Program.cs", Program), ("models.json", Catalog));

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-p:ModelPoliciesGenerateClients=false");
        Assert.NotEqual(0, exitCode);
        // With no generated client, nothing declares Contoso.Field.Models: the using directive fails.
        Assert.Matches(@"Program\.cs\(1,7\): error CS02(34|46)", output);
    }
}
