using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>
/// docs/rules/MP0001.md and MP0007.md, "Configuration-sourced ids", end to end: an app on the packed package reads its
/// model from appsettings.json and appsettings.Production.json; the build's SARIF log reports the failing file's value
/// at the C# read, names the file and key, and points at the value in the JSON file.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConfigurationSarifTests(PackageFixture package)
{
    private const string Program = """
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Configuration;
        using ModelPolicies;

        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json")
            .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
            .Build();
        Console.WriteLine(Notes.Summary(configuration).ModelId);

        [Edge]
        static class Notes
        {
            public static ChatOptions Summary(IConfiguration configuration) => new() { ModelId = configuration["AI:ModelId"] };

            public static ChatOptions Photo(IConfiguration configuration) => new() { ModelId = configuration["AI:Vision:ModelId"] };
        }
        """;

    private const string Defaults = """
        {
          "AI": { "ModelId": "house-slm" }
        }
        """;

    private const string Production = """
        {
          // Production runs in the cloud.
          "AI": {
            "ModelId": "gpt-4o"
          }
        }
        """;

    [DotnetFact]
    public void The_error_log_reports_the_failing_file_at_the_read_and_points_at_its_value()
    {
        var dir = package.NewProject(
            "ConfiguredModels",
            ("Program.cs", Program),
            ("models.json", PackageTests.Catalog),
            ("appsettings.json", Defaults),
            ("appsettings.Production.json", Production),
            // Microsoft.Extensions.Configuration from the shared framework the SDK brings: nothing more to restore.
            ("Directory.Build.props", """
                <Project>
                  <ItemGroup>
                    <FrameworkReference Include="Microsoft.AspNetCore.App" />
                  </ItemGroup>
                </Project>
                """));

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-p:ErrorLog=build.sarif%2Cversion=2.1");
        Assert.True(exitCode == 0, output);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "build.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        // appsettings.json's house-slm complies; Production's gpt-4o does not, and is reported where the code reads it.
        var edge = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "MP0001");
        Assert.Equal(
            "'Summary' is marked [Edge] but uses 'gpt-4o' (FM, cloud only) from 'AI:ModelId' in appsettings.Production.json; edge code needs a small model that runs on the device, such as 'house-slm'",
            edge.GetProperty("message").GetProperty("text").GetString());
        AssertAt(edge.GetProperty("locations")[0], "Program.cs", LineOf(Program, "configuration[\"AI:ModelId\"]"));
        var related = Assert.Single(edge.GetProperty("relatedLocations").EnumerateArray());
        AssertAt(related, "appsettings.Production.json", LineOf(Production, "\"gpt-4o\""));

        // A key no file sets stays unverifiable, and says which key.
        var unset = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "MP0007");
        Assert.Equal(
            "'Photo' passes a model id that is not known at build time (configuration key 'AI:Vision:ModelId', which no settings file sets) to 'ChatOptions.ModelId', so it cannot be checked against [Edge] (local, ≤ 15B); use a constant id or a typed client, or enforce the policy at run time with UseModelPolicy (docs/runtime.md)",
            unset.GetProperty("message").GetProperty("text").GetString());
        AssertAt(unset.GetProperty("locations")[0], "Program.cs", LineOf(Program, "configuration[\"AI:Vision:ModelId\"]"));
    }

    private static void AssertAt(JsonElement location, string file, int line)
    {
        var physical = location.GetProperty("physicalLocation");
        Assert.EndsWith("/" + file, physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    // The 1-based line of the one occurrence of what in text.
    private static int LineOf(string text, string what)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(what, at + 1, StringComparison.Ordinal) < 0, $"'{what}' is not in the text once");
        return text.Take(at).Count(c => c == '\n') + 1;
    }
}
