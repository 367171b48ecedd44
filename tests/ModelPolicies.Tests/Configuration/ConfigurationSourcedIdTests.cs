using System.Threading.Tasks;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Analyzer = ModelPolicies.Analyzers.Rules.ModelUseAnalyzer;

namespace ModelPolicies.Tests.Configuration;

/// <summary>
/// docs/rules/MP0001.md and MP0007.md, "Configuration-sourced ids": an id read from configuration with a constant key is
/// each value the project's appsettings files give it, checked and reported at the use with the file and key named and
/// an additional location at the value in the file; a key no file sets stays MP0007, naming the key.
/// </summary>
public class ConfigurationSourcedIdTests
{
    private const string Usings = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;
        using ModelPolicies;

        """;

    private static DiagnosticResult Edge(int use, int value, string via, string model = "gpt-4o", string site = "Run") =>
        AnalyzerVerifier<Analyzer>.Diagnostic("MP0001").WithLocation(use).WithLocation(value)
            .WithArguments(site, model, "FM", "cloud only", ", such as 'pocket-slm'", via);

    private static Task VerifyAsync(string source, (string Path, string Json)[] settings, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<Analyzer>.Test { TestCode = Usings + source };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(ConfigurationHarness.References);
        test.TestState.Sources.Add(("AiSdkStubs.cs", Sources.AiSdkStubs));
        test.TestState.AdditionalFiles.Add(("/project/models.json", Sources.ProjectCatalog));
        foreach (var (path, json) in settings)
        {
            test.TestState.AdditionalFiles.Add((path, json));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task An_indexer_read_is_the_value_the_settings_file_gives_and_points_at_it()
    {
        await VerifyAsync(
            """
            class App
            {
                [Edge]
                void Run(IConfiguration config) => new OpenAI.Chat.ChatClient({|#0:config["AI:Chat:ModelId"]!|}, "key");
            }
            """,
            new[] { ("/project/appsettings.json", """{ "AI": { "Chat": { "ModelId": {|#1:"gpt-4o"|} } } }""") },
            Edge(0, 1, " from 'AI:Chat:ModelId' in appsettings.json"));
    }

    [Fact]
    public async Task Every_environment_file_is_judged_and_only_the_failing_one_is_reported()
    {
        await VerifyAsync(
            """
            class App
            {
                [Edge]
                void Run(IConfiguration config) => new OpenAI.Chat.ChatClient({|#0:config.GetSection("ai").GetValue<string>("modelid")!|}, "key");
            }
            """,
            new[]
            {
                ("/project/appsettings.json", """{ "AI": { "ModelId": "phi-4-mini" } }"""),
                ("/project/appsettings.Production.json", """{ "AI": { "ModelId": {|#1:"gpt-4o"|} } }"""),
            },
            Edge(0, 1, " from 'AI:ModelId' in appsettings.Production.json"));
    }

    [Fact]
    public async Task A_key_no_file_sets_stays_unverifiable_and_names_the_key()
    {
        await VerifyAsync(
            """
            class App
            {
                [Edge]
                void Run(IConfiguration config) => new OpenAI.Chat.ChatClient({|#0:config["AI:ModelId"]!|}, "key");
            }
            """,
            new[] { ("/project/appsettings.json", """{ "AI": { "ModelId": "" }, "Logging": { "LogLevel": { "Default": "Information" } } }""") },
            AnalyzerVerifier<Analyzer>.Diagnostic("MP0007").WithLocation(0)
                .WithArguments("Run", "parameter 'model' of '.ctor'", "[Edge] (local, ≤ 15B)", "configuration key 'AI:ModelId', which no settings file sets"));
    }

    [Fact]
    public async Task The_fallback_of_a_configured_key_is_judged_beside_the_files_value()
    {
        await VerifyAsync(
            """
            class App
            {
                [Edge]
                void Run(IConfiguration config) => new OpenAI.Chat.ChatClient({|#0:config["AI:ModelId"] ?? {|#1:"gpt-4o"|}|}, "key");
            }
            """,
            new[] { ("/project/appsettings.json", """{ "AI": { "ModelId": "phi-4-mini" } }""") },
            AnalyzerVerifier<Analyzer>.Diagnostic("MP0001").WithLocation(0).WithLocation(1).WithArguments("Run", "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task Options_bound_from_a_section_anywhere_give_their_property_the_sections_value()
    {
        await VerifyAsync(
            """
            public sealed class AiSettings
            {
                public string ModelId { get; set; } = "";
            }

            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration config) =>
                    services.Configure<AiSettings>(config.GetSection("AI"));
            }

            [Edge]
            class Notes(IOptions<AiSettings> options)
            {
                public object Run() => new OpenAI.Chat.ChatClient({|#0:options.Value.ModelId|}, "key");
            }
            """,
            new[] { ("/project/appsettings.json", """{ "AI": { "ModelId": {|#1:"gpt-4o"|} } }""") },
            Edge(0, 1, " from 'AI:ModelId' in appsettings.json"));
    }

    [Fact]
    public async Task A_malformed_settings_file_gives_no_value_and_nothing_throws()
    {
        await VerifyAsync(
            """
            class App
            {
                [Edge]
                void Run(IConfiguration config) => new OpenAI.Chat.ChatClient({|#0:config["AI:ModelId"]!|}, "key");
            }
            """,
            new[] { ("/project/appsettings.json", """{ "AI": { "ModelId": "gpt-4o", """) },
            AnalyzerVerifier<Analyzer>.Diagnostic("MP0007").WithLocation(0)
                .WithArguments("Run", "parameter 'model' of '.ctor'", "[Edge] (local, ≤ 15B)", "configuration key 'AI:ModelId', which no settings file sets"));
    }
}
