using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ModelPolicies.Tests.Configuration;

// Which additional files are settings files: by name, unless the AdditionalFiles item's metadata says otherwise.
public class ProjectSettingsTests
{
    [Theory]
    [InlineData("/src/App/appsettings.json", true)]
    [InlineData("/src/App/appsettings.Production.json", true)]
    [InlineData(@"C:\src\App\AppSettings.Development.JSON", true)]
    [InlineData("appsettings.json", true)]
    [InlineData("/src/App/appsettings..json", false)]
    [InlineData("/src/App/myappsettings.json", false)]
    [InlineData("/src/App/appsettings.json.bak", false)]
    [InlineData("/src/App/appsettings.yaml", false)]
    [InlineData("/src/App/models.json", false)]
    public void A_file_is_a_settings_file_by_its_name(string path, bool expected)
    {
        Assert.Equal(expected, ProjectSettings.IsSettingsFile(path, options: null));
    }

    [Fact]
    public void Metadata_on_the_additional_file_excludes_or_includes_a_file_and_the_files_come_in_path_order()
    {
        const string Json = """{ "AI": { "ModelId": "phi-4-mini" } }""";
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/app/appsettings.Staging.json", Json),
            new InMemoryAdditionalText("/app/appsettings.json", Json),
            new InMemoryAdditionalText("/app/appsettings.Development.json", Json),
            new InMemoryAdditionalText("/app/config/ai.json", Json),
            new InMemoryAdditionalText("/app/appsettings.Test.json", Json),
        };
        var metadata = new Dictionary<string, string>
        {
            ["/app/appsettings.Development.json"] = "false",
            ["/app/config/ai.json"] = "True",
            ["/app/appsettings.Test.json"] = "maybe", // not a boolean: the name decides
        };
        var options = new AnalyzerOptions(files.ToImmutableArray(), new PerFileOptionsProvider(metadata));

        var settings = ProjectSettings.From(options, default);

        Assert.Equal(
            new[] { "/app/appsettings.Staging.json", "/app/appsettings.Test.json", "/app/appsettings.json", "/app/config/ai.json" },
            settings.Files.Select(f => f.Path));
        Assert.Same(SettingsFile.Of(files[1].GetText()!), settings.Files.Single(f => f.Path == "/app/appsettings.json").File);
    }

    [Fact]
    public void No_settings_files_is_the_empty_set()
    {
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/app/models.json", "{}")));

        Assert.Same(ProjectSettings.Empty, ProjectSettings.From(options, default));
    }

    // The options MSBuild gives each additional file: build_metadata.AdditionalFiles.ModelPoliciesSettings.
    private sealed class PerFileOptionsProvider(Dictionary<string, string> metadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(metadata.TryGetValue(textFile.Path, out var value) ? value : null);

        private sealed class Options(string? settings) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = settings!;
                return key == ProjectSettings.MetadataKey && settings is not null;
            }
        }
    }
}
