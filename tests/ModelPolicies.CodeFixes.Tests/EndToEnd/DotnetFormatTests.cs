using System;
using System.Diagnostics;
using System.IO;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Tests.Infrastructure;
using ModelPolicies.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ModelPolicies.CodeFixes.Tests.EndToEnd;

/// <summary>
/// The code fixes as a team would use them in CI: 'dotnet format analyzers' on a real project, then 'dotnet build'.
/// The project is a throwaway copy in the temp directory, outside this repository (so its Directory.*.props do not
/// apply), built against the ModelPolicies runtime, analyzer and code-fix assemblies this test was built with.
/// </summary>
public sealed class DotnetFormatTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    private readonly ITestOutputHelper _output;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "modelpolicies-e2e-" + Guid.NewGuid().ToString("N"));

    public DotnetFormatTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_directory);
    }

    [DotnetCliFact]
    public void Dotnet_format_fixes_edge_low_latency_and_multimodal_violations_and_the_build_is_clean()
    {
        var stopwatch = Stopwatch.StartNew();
        WriteProject();

        var format = DotnetCli.Run(_directory, StepTimeout, "format", "analyzers", "FieldNotes.csproj", "--diagnostics", "MP0001", "MP0002", "MP0003", "--severity", "warn", "--verbosity", "detailed");
        _output.WriteLine(format.ToString());
        Assert.True(format.ExitCode == 0, format.ToString());

        var fixedCode = File.ReadAllText(Path.Combine(_directory, "Notes.cs"));
        var gateways = File.ReadAllText(Path.Combine(_directory, "Gateways.cs"));
        _output.WriteLine(fixedCode);

        var build = DotnetCli.Run(_directory, StepTimeout, "build", "FieldNotes.csproj", "--disable-build-servers", "-p:UseSharedCompilation=false");
        _output.WriteLine(build.ToString());
        _output.WriteLine($"format and build took {stopwatch.Elapsed.TotalSeconds:F1} s");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("MP0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP0002", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MP0003", build.Output, StringComparison.Ordinal);

        // Fixed by using compliant models, each site its own best one — not by exempting them.
        Assert.DoesNotContain("AllowModel", fixedCode, StringComparison.Ordinal);
        Assert.DoesNotContain("AllowModel", gateways, StringComparison.Ordinal);
        Assert.Contains("""Assistant.Ask("pocket-slm", note)""", fixedCode, StringComparison.Ordinal);
        Assert.Contains("""var model = "pocket-slm";""", fixedCode, StringComparison.Ordinal);
        Assert.Contains("""Assistant.Ask("edge-vision", photo)""", fixedCode, StringComparison.Ordinal);
        Assert.Contains("""private const string NotesModel = "pocket-slm";""", fixedCode, StringComparison.Ordinal);

        Assert.Contains("""new ChatOptions { ModelId = "pocket-slm" }""", fixedCode, StringComparison.Ordinal);

        // Typed clients switched to the hand-written pocket-slm client that compiles, not the generated one.
        Assert.Contains("new OnDeviceGateway().Ask(note)", fixedCode, StringComparison.Ordinal);
        Assert.Contains("private readonly OnDeviceGateway _gateway;", fixedCode, StringComparison.Ordinal);
        Assert.Contains("public Drafts(OnDeviceGateway gateway)", fixedCode, StringComparison.Ordinal);
        Assert.DoesNotContain("CloudGateway", fixedCode, StringComparison.Ordinal);
    }

    // docs/rules/MP0001.md, "Configuration-sourced ids": dotnet format saves the fixed value in the settings file (an
    // additional document) and leaves the code, the other file and the file's comments as they were.
    [DotnetCliFact]
    public void Dotnet_format_fixes_a_failing_id_in_the_settings_file_it_comes_from()
    {
        WriteProjectFile($"""
                <Reference Include="Microsoft.Extensions.Configuration.Abstractions" HintPath="{typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location}" />
                <Reference Include="Microsoft.Extensions.Primitives" HintPath="{typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location}" />
                <AdditionalFiles Include="appsettings.json;appsettings.Production.json" />
            """);
        File.WriteAllText(Path.Combine(_directory, "models.json"), Sources.ProjectCatalog);
        const string Notes = """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;
            using ModelPolicies;

            namespace FieldNotes;

            public sealed class Notes(IConfiguration configuration)
            {
                [Edge]
                public ChatOptions Summarize() => new ChatOptions { ModelId = configuration["AI:Chat:ModelId"] };

                [Edge]
                public ChatOptions Title() => new ChatOptions { ModelId = configuration.GetSection("AI")["Title:ModelId"] };
            }

            public static class Program
            {
                public static void Main() { }
            }
            """;
        const string Defaults = """{ "AI": { "Chat": { "ModelId": "phi-4-mini" }, "Title": { "ModelId": "pocket-slm" } } }""";
        const string Production = """
            {
              // Production: the cloud models.
              "AI": {
                "Chat":  { "ModelId": "gpt-4o" },      /* the notes */
                "Title": { "ModelId": "llama3.1:70b" },
              },
            }
            """;
        File.WriteAllText(Path.Combine(_directory, "Notes.cs"), Notes);
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), Defaults);
        File.WriteAllText(Path.Combine(_directory, "appsettings.Production.json"), Production);

        var format = DotnetCli.Run(_directory, StepTimeout, "format", "analyzers", "FieldNotes.csproj", "--diagnostics", "MP0001", "--severity", "warn", "--verbosity", "detailed");
        _output.WriteLine(format.ToString());
        Assert.True(format.ExitCode == 0, format.ToString());

        Assert.Equal(Production.Replace("\"gpt-4o\"", "\"pocket-slm\"").Replace("\"llama3.1:70b\"", "\"pocket-slm\""), File.ReadAllText(Path.Combine(_directory, "appsettings.Production.json")));
        Assert.Equal(Defaults, File.ReadAllText(Path.Combine(_directory, "appsettings.json")));
        Assert.Equal(Notes, File.ReadAllText(Path.Combine(_directory, "Notes.cs")));

        var build = DotnetCli.Run(_directory, StepTimeout, "build", "FieldNotes.csproj", "--disable-build-servers", "-p:UseSharedCompilation=false");
        _output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("MP0001", build.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by an exiting process: the temp directory is cleaned up by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Only the SDK's own targeting pack is needed: no package to restore, nothing downloaded. Microsoft.Extensions.AI
    // (for the generated clients) is referenced from this test's own output, as the package would bring it.
    private void WriteProjectFile(string items) =>
        File.WriteAllText(Path.Combine(_directory, "FieldNotes.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="RootNamespace" />
                <Reference Include="ModelPolicies" HintPath="{TestReferences.RuntimePath}" />
                <Reference Include="Microsoft.Extensions.AI.Abstractions" HintPath="{typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location}" />
                <Reference Include="Microsoft.Extensions.AI" HintPath="{typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location}" />
                <Reference Include="Microsoft.Extensions.DependencyInjection.Abstractions" HintPath="{typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location}" />
                <Analyzer Include="{typeof(ModelUseAnalyzer).Assembly.Location}" />
                <Analyzer Include="{typeof(UseCompliantModelFixer).Assembly.Location}" />
                <AdditionalFiles Include="models.json" />
            {items}  </ItemGroup>
            </Project>
            """);

    private void WriteProject()
    {
        WriteProjectFile(string.Empty);
        File.WriteAllText(Path.Combine(_directory, "models.json"), Sources.ProjectCatalog);
        File.WriteAllText(Path.Combine(_directory, "Notes.cs"), """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            namespace FieldNotes;

            public static class Assistant
            {
                public static string Ask([ModelId] string model, string prompt) => model + ": " + prompt;
            }

            public static class Notes
            {
                private const string NotesModel = "gpt-4o";

                [Edge]
                public static string Summarize(string note) => Assistant.Ask("gpt-4o", note);

                [Edge]
                public static string Title(string note) => Assistant.Ask(NotesModel, note);

                [LowLatency]
                public static string Caption(string text)
                {
                    var model = "llama3.1:405b";
                    return Assistant.Ask(model, text);
                }

                [Multimodal(Modality.Image)]
                public static string Inspect(string photo) => Assistant.Ask("pocket-slm", photo);
            }

            public static class Sync
            {
                [Edge]
                public static string Upload(string note) => new CloudGateway().Ask(note);

                [Edge]
                public static Task<ChatResponse> Reply(IChatClient chat, string note) =>
                    chat.GetResponseAsync(note, new ChatOptions { ModelId = "gpt-4o" });
            }

            [Edge]
            public sealed class Drafts
            {
                private readonly CloudGateway _gateway;

                public Drafts(CloudGateway gateway)
                {
                    _gateway = gateway;
                }

                public string Draft(string note) => _gateway.Ask(note);
            }

            public static class Program
            {
                public static void Main() => System.Console.WriteLine(Notes.Summarize("Replaced the pump seal."));

                // The generated client of the catalog's pocket-slm, outside every context: the build fails without it.
                public static string GeneratedClientModel => FieldNotes.Models.PocketSlmClient.ModelId;
            }
            """);

        // Hand-written typed clients. The generator also emits FieldNotes.Models.PocketSlmClient for the catalog's
        // pocket-slm; it wraps an inner IChatClient, so only OnDeviceGateway, shaped as CloudGateway is, compiles
        // where CloudGateway is constructed.
        File.WriteAllText(Path.Combine(_directory, "Gateways.cs"), """
            using ModelPolicies;

            namespace FieldNotes;

            [ModelClient("gpt-4o")]
            public sealed class CloudGateway
            {
                public string Ask(string prompt) => "cloud: " + prompt;
            }

            [ModelClient("pocket-slm")]
            public sealed class OnDeviceGateway
            {
                public string Ask(string prompt) => "device: " + prompt;
            }
            """);
    }
}
