using System.Collections.Immutable;
using System.Threading.Tasks;
using ModelPolicies.CodeFixes.Tests.Infrastructure;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Analyzer = ModelPolicies.Analyzers.Rules.ModelUseAnalyzer;
using Fixer = ModelPolicies.CodeFixes.UseCompliantModelFixer;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>
/// docs/rules/MP0001.md, "Configuration-sourced ids": where a failing id comes from a settings file, "use a compliant
/// model" changes the value in that file — the diagnostic's additional location — and nothing else: not the code, not
/// the other files, not the file's comments or layout. Each test also runs Fix All in the document, project and solution.
/// </summary>
public class SettingsValueFixTests
{
    private const string Usings = """
        using Microsoft.Extensions.Configuration;
        using ModelPolicies;

        """;

    // Each settings file as the test starts with it (with markup at the values reported) and as the fix leaves it.
    private static Verify.Test Create(string source, params (string Path, string Json, string FixedJson)[] settings)
    {
        // The code is left as it was: only the markup goes.
        TestFileMarkupParser.GetSpans(Usings + source, out string code, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        var test = Verify.Create(Usings + source, code);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(ConfigurationReferences.All);
        test.FixedState.AdditionalFiles.Add(("/project/models.json", Sources.ProjectCatalog));
        foreach (var (path, json, fixedJson) in settings)
        {
            test.TestState.AdditionalFiles.Add((path, json));
            test.FixedState.AdditionalFiles.Add((path, fixedJson));
        }

        return test;
    }

    // Reported at the use, with the value in the settings file as the additional location; 'gpt-4o' unless told.
    private static DiagnosticResult Edge(int use, int value, string site, string via, string model = "gpt-4o", string className = "FM", string reason = "cloud only") =>
        Verify.Diagnostic("MP0001").WithLocation(use).WithLocation(value).WithArguments(site, model, className, reason, ", such as 'pocket-slm'", via);

    [Fact]
    public async Task Edge_id_from_the_production_file_is_replaced_in_that_file_and_the_code_stays_as_it_is()
    {
        var test = Create(
            """
            public sealed class FieldNotes(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Chat() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:ModelId"]!|}, "key");
            }
            """,
            ("/project/appsettings.json", """{ "AI": { "ModelId": "phi-4-mini" } }""", """{ "AI": { "ModelId": "phi-4-mini" } }"""),
            ("/project/appsettings.Production.json", """{ "AI": { "ModelId": {|#1:"gpt-4o"|} } }""", """{ "AI": { "ModelId": "pocket-slm" } }"""));
        test.ExpectedDiagnostics.Add(Edge(0, 1, "Chat", " from 'AI:ModelId' in appsettings.Production.json"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_first_action_names_the_file_it_edits_and_keeps_the_shared_key()
    {
        var offered = await OfferedFixes.ListAsync<Analyzer, Fixer>(
            Usings + """
            public sealed class FieldNotes(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Chat() => new OpenAI.Chat.ChatClient(configuration["AI:ModelId"]!, "key");
            }
            """,
            apply: true,
            references: ConfigurationReferences.All.RemoveRange(TestReferences.All),
            additionalFiles: new[] { ("/project/appsettings.Production.json", """{ "AI": { "ModelId": "gpt-4o" } }""") });

        Assert.Equal(3, offered.Length);
        Assert.Equal(new OfferedFix("MP0001", "Use 'pocket-slm' (SLM, 3B, runs locally) in appsettings.Production.json", Fixer.BestModelKey), offered[0]);
        Assert.All(offered, fix => Assert.EndsWith(" in appsettings.Production.json", fix.Title, System.StringComparison.Ordinal));
        Assert.Equal(Fixer.CandidateKey("edge-vision"), offered[1].EquivalenceKey);
    }

    [Fact]
    public async Task Fix_all_edits_each_failing_value_of_two_files_and_two_keys_once()
    {
        var test = Create(
            """
            public sealed class Assistant(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Chat() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:Chat:ModelId"]!|}, "key");

                [Multimodal(Modality.Image)]
                public OpenAI.Chat.ChatClient Vision() =>
                    new OpenAI.OpenAIClient("key").GetChatClient({|#1:configuration.GetSection("AI:Vision").GetValue<string>("ModelId")!|});
            }
            """,
            (
                "/project/appsettings.json",
                """{ "AI": { "Chat": { "ModelId": {|#2:"gpt-4o"|} }, "Vision": { "ModelId": {|#3:"pocket-slm"|} } } }""",
                """{ "AI": { "Chat": { "ModelId": "pocket-slm" }, "Vision": { "ModelId": "edge-vision" } } }"""),
            (
                "/project/appsettings.Production.json",
                """{ "AI": { "Chat": { "ModelId": {|#4:"llama3.1:70b"|} }, "Vision": { "ModelId": "edge-vision" } } }""",
                """{ "AI": { "Chat": { "ModelId": "pocket-slm" }, "Vision": { "ModelId": "edge-vision" } } }"""));
        test.ExpectedDiagnostics.Add(Edge(0, 2, "Chat", " from 'AI:Chat:ModelId' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Edge(0, 4, "Chat", " from 'AI:Chat:ModelId' in appsettings.Production.json", "llama3.1:70b", "LLM", "70B parameters, over the 15B edge budget"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0003").WithLocation(1).WithLocation(3)
            .WithArguments("Vision", "pocket-slm", "SLM", "takes text only, no image", ", such as 'edge-vision'", "image", " from 'AI:Vision:ModelId' in appsettings.json"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_value_read_in_two_places_is_edited_once()
    {
        var test = Create(
            """
            public sealed class Notes(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Summarize() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:ModelId"]!|}, "key");

                [Edge]
                public OpenAI.Chat.ChatClient Title() => new OpenAI.Chat.ChatClient({|#1:configuration.GetValue<string>("ai:modelid")!|}, "key");
            }
            """,
            ("/project/appsettings.json", """{ "AI": { "ModelId": {|#2:"gpt-4o"|} } }""", """{ "AI": { "ModelId": "pocket-slm" } }"""));
        test.ExpectedDiagnostics.Add(Edge(0, 2, "Summarize", " from 'AI:ModelId' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Edge(1, 2, "Title", " from 'AI:ModelId' in appsettings.json"));
        await test.RunAsync();
    }

    // pocket-slm, the best for [Edge] alone, takes no images: Vision would fail with it. edge-vision complies at both.
    [Fact]
    public async Task A_value_read_in_two_contexts_becomes_a_model_that_complies_in_both()
    {
        var test = Create(
            """
            public sealed class Inspection(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Notes() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:ModelId"]!|}, "key");

                [Multimodal(Modality.Image)]
                public OpenAI.Chat.ChatClient Vision() => new OpenAI.Chat.ChatClient(configuration["AI:ModelId"]!, "key");
            }
            """,
            ("/project/appsettings.json", """{ "AI": { "ModelId": {|#1:"gpt-4o"|} } }""", """{ "AI": { "ModelId": "edge-vision" } }"""));
        test.ExpectedDiagnostics.Add(Edge(0, 1, "Notes", " from 'AI:ModelId' in appsettings.json"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_id_the_catalog_does_not_know_is_replaced_in_the_file_too()
    {
        var test = Create(
            """
            public sealed class FieldNotes(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Chat() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:ModelId"]!|}, "key");
            }
            """,
            ("/project/appsettings.json", """{ "AI": { "ModelId": {|#1:"contoso-notes-7"|} } }""", """{ "AI": { "ModelId": "pocket-slm" } }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0006").WithLocation(0).WithLocation(1)
            .WithArguments("Chat", "contoso-notes-7", "[Edge] (local, ≤ 15B)", " from 'AI:ModelId' in appsettings.json"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_model_part_of_a_connection_string_is_replaced_inside_the_string()
    {
        var test = Create(
            """
            public sealed class LocalNotes(IConfiguration configuration)
            {
                [Edge]
                public OllamaSharp.OllamaApiClient Client() =>
                    new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), {|#0:configuration.GetConnectionString("ollama")!|});
            }
            """,
            (
                "/project/appsettings.json",
                """{ "ConnectionStrings": { "ollama": "Endpoint=http://localhost:11434;Model={|#1:llama3.1:70b|};KeepAlive=5m" } }""",
                """{ "ConnectionStrings": { "ollama": "Endpoint=http://localhost:11434;Model=pocket-slm;KeepAlive=5m" } }"""));
        test.ExpectedDiagnostics.Add(Edge(
            0, 1, "Client", " from 'ConnectionStrings:ollama' (Model=) in appsettings.json", "llama3.1:70b", "LLM", "70B parameters, over the 15B edge budget"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Comments_trailing_commas_escapes_and_line_endings_of_the_file_stay_as_they_were()
    {
        const string Before = """
            // Field app settings: the device build overrides nothing here.
            {
              /* The model the notes use. */
              "AI"   :{
                  "ModelId":	{|#1:"gpt\u002d4o"|}   , // to be replaced
                  "Temperature" : 0.2,
              },
            }

            """;
        const string After = """
            // Field app settings: the device build overrides nothing here.
            {
              /* The model the notes use. */
              "AI"   :{
                  "ModelId":	"pocket-slm"   , // to be replaced
                  "Temperature" : 0.2,
              },
            }

            """;
        var test = Create(
            """
            public sealed class FieldNotes(IConfiguration configuration)
            {
                [Edge]
                public OpenAI.Chat.ChatClient Chat() => new OpenAI.Chat.ChatClient({|#0:configuration["AI:ModelId"]!|}, "key");
            }
            """,
            ("/project/appsettings.json", Before.Replace("\n", "\r\n"), After.Replace("\n", "\r\n")));
        test.ExpectedDiagnostics.Add(Edge(0, 1, "Chat", " from 'AI:ModelId' in appsettings.json"));
        await test.RunAsync();
    }
}
