using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>The package hands a project's appsettings files to the analyzer (docs/configuration.md, "Configuration-sourced ids"), with the metadata that excludes one.</summary>
// In the package collection, on its one pack: a fixture of its own packed the same projects in Release at the same time
// as the collection's, and whichever lost the race on obj/ failed every test of its side (17 at once in CI).
[Collection(PackageCollection.Name)]
public sealed class SettingsFilesTests(PackageFixture package)
{
    [DotnetFact]
    public void The_project_folder_appsettings_files_reach_the_analyzer_with_their_ModelPoliciesSettings_metadata()
    {
        var dir = package.NewProject(
            "Settings",
            ("Program.cs", "Console.WriteLine(\"settings\");\n"),
            ("appsettings.json", "{}"),
            ("appsettings.Production.json", "{}"),
            ("appsettings.Development.json", "{}"),
            ("ai.json", "{}"),
            // Items the project lists itself keep their metadata: one file left out, one of another name taken in.
            ("Directory.Build.props", """
                <Project>
                  <ItemGroup>
                    <AdditionalFiles Include="appsettings.Development.json" ModelPoliciesSettings="false" />
                    <AdditionalFiles Include="ai.json" ModelPoliciesSettings="true" />
                  </ItemGroup>
                </Project>
                """));
        foreach (var folder in new[] { "bin", "obj", "config" })
        {
            Directory.CreateDirectory(Path.Combine(dir, folder));
            File.WriteAllText(Path.Combine(dir, folder, "appsettings.json"), "{}"); // only the project folder's own are settings
        }

        var (exitCode, output) = DotnetCli.Run(dir, "msbuild", "-restore", "-t:GenerateMSBuildEditorConfigFile", "-nologo");
        Assert.True(exitCode == 0, output);

        // The analyzer config the compiler is given: one section per additional file, with its metadata.
        var editorConfig = File.ReadAllLines(Path.Combine(dir, "obj", "Debug", "net10.0", "Settings.GeneratedMSBuildEditorConfig.editorconfig"));
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? section = null;
        foreach (var line in editorConfig)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = Path.GetRelativePath(dir, line[1..^1]);
            }
            else if (section is not null && line.StartsWith("build_metadata.AdditionalFiles.ModelPoliciesSettings = ", StringComparison.Ordinal))
            {
                sections[section] = line.Split(" = ", 2)[1];
            }
        }

        Assert.Equal(
            new[] { ("ai.json", "true"), ("appsettings.Development.json", "false"), ("appsettings.json", ""), ("appsettings.Production.json", "") },
            sections.Select(s => (s.Key, s.Value)).OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase));
    }

    [DotnetFact]
    public void A_project_without_an_appsettings_json_builds_and_hands_the_analyzer_no_settings_file()
    {
        var dir = package.NewProject("NoSettings", ("Program.cs", "Console.WriteLine(\"no settings\");\n"));

        var (exitCode, output) = DotnetCli.Run(dir, "build", "-nologo");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS2001", output, StringComparison.Ordinal);
        var editorConfig = File.ReadAllText(Path.Combine(dir, "obj", "Debug", "net10.0", "NoSettings.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.DoesNotContain("appsettings", editorConfig, StringComparison.OrdinalIgnoreCase);
    }
}
