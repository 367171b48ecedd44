using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>docs/clients.md, "One type per task": what the generator emits for models that are not (only) chat models.</summary>
public class TaskClientTests
{
    // One model of each task, and one of two: chat and speech to text.
    internal const string Catalog = """
        { "models": [
          { "id": "field-whisper", "class": "fm", "parameters": "244M", "inputs": ["audio"], "deployment": ["local"], "provider": "contoso", "tasks": ["speech-to-text"] },
          { "id": "inspect-voice", "class": "fm", "parameters": "5.6B", "inputs": ["text", "audio"], "deployment": ["local"], "tasks": ["chat", "speech-to-text"] },
          { "id": "notes-embed", "class": "slm", "parameters": "137M", "deployment": ["local"], "latencyMs": 15, "tasks": ["embedding"] },
          { "id": "readout-voice", "class": "slm", "size": "small", "tasks": ["text-to-speech"] },
          { "id": "sketch-image", "class": "fm", "size": "large", "inputs": ["text", "image"], "tasks": ["image-generation"] }
        ] }
        """;

    private static readonly string[] Types =
    {
        "FieldWhisperSpeechToTextClient",
        "InspectVoiceClient",
        "InspectVoiceSpeechToTextClient",
        "NotesEmbedEmbeddingGenerator",
        "ReadoutVoiceTextToSpeechClient",
        "SketchImageImageGenerator",
        "TextEmbedding3SmallEmbeddingGenerator",
    };

    // A built-in embedding model, asked for by id.
    internal const string Source = """[assembly: ModelPolicies.ModelClient("text-embedding-3-small")]""";

    [Fact]
    public void Generated_file_of_every_task_matches_its_snapshot()
    {
        var (output, run) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(Catalog));
        Assert.Empty(GeneratorHarness.Errors(output));
        ClientGeneratorTests.AssertMatchesSnapshot("TaskClients.g.cs.txt", GeneratorHarness.GeneratedFile(run).SourceText.ToString());
    }

    [Fact]
    public void Each_task_of_a_model_gets_its_type_and_its_DI_method_in_id_then_task_order()
    {
        var (_, run) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(Catalog));
        Assert.Equal(Types, GeneratorHarness.ClientNames(run));
        Assert.Equal(Types.Select(t => "Add" + t), GeneratorHarness.RegistrationNames(run));
    }

    [Fact]
    public async Task Injecting_a_generated_embedding_generator_is_a_use_of_its_model_so_contexts_apply()
    {
        var catalog = GeneratorHarness.Catalog(Catalog);
        var (output, _) = GeneratorHarness.Generate(
            """
            [assembly: ModelPolicies.ModelClient("text-embedding-3-small")]
            namespace Contoso.App
            {
                [ModelPolicies.Edge]
                public sealed class NoteSearch
                {
                    public NoteSearch(Models.TextEmbedding3SmallEmbeddingGenerator cloud, Models.NotesEmbedEmbeddingGenerator local) { }
                }
            }
            """,
            catalog);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelUseAnalyzer());
        var reported = await output.WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray.Create(catalog))).GetAnalyzerDiagnosticsAsync();

        // The cloud model breaks [Edge]; the local one does not.
        var diagnostic = Assert.Single(reported);
        Assert.Equal("MP0001", diagnostic.Id);
        Assert.Contains("'text-embedding-3-small'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_does_not_chat_gets_no_chat_client()
    {
        var (output, run) = GeneratorHarness.Generate(
            """
            class App
            {
                void Run(Contoso.App.Models.NotesEmbedClient chat) { }
            }
            """,
            GeneratorHarness.Catalog(Catalog));
        Assert.DoesNotContain("NotesEmbedClient", GeneratorHarness.ClientNames(run));
        Assert.Equal("CS0234", Assert.Single(GeneratorHarness.Errors(output)).Id);
    }

    [Theory]
    [InlineData("FieldWhisperSpeechToTextClient", "global::ModelPolicies.ModelSpeechToTextClient", "global::Microsoft.Extensions.AI.ISpeechToTextClient innerClient")]
    [InlineData("NotesEmbedEmbeddingGenerator", "global::ModelPolicies.ModelEmbeddingGenerator", "global::Microsoft.Extensions.AI.IEmbeddingGenerator<string, global::Microsoft.Extensions.AI.Embedding<float>> innerGenerator")]
    [InlineData("ReadoutVoiceTextToSpeechClient", "global::ModelPolicies.ModelTextToSpeechClient", "global::Microsoft.Extensions.AI.ITextToSpeechClient innerClient")]
    [InlineData("SketchImageImageGenerator", "global::ModelPolicies.ModelImageGenerator", "global::Microsoft.Extensions.AI.IImageGenerator innerGenerator")]
    public void Each_type_derives_from_its_tasks_base_wraps_its_abstraction_and_is_a_use_of_its_model(string type, string baseType, string parameter)
    {
        var (output, run) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(Catalog));
        var text = GeneratorHarness.GeneratedText(run, type);
        Assert.Contains($"public sealed partial class {type} : {baseType}", text, StringComparison.Ordinal);
        Assert.Contains($"public {type}({parameter})", text, StringComparison.Ordinal);

        // The analyzer binds a type to the model of its [ModelClient] (ModelUseDetector.ClientModel).
        var symbol = output.GetTypeByMetadataName("Contoso.App.Models." + type)!;
        var attribute = Assert.Single(symbol.GetAttributes(), a => a.AttributeClass?.Name == "ModelClientAttribute");
        Assert.Equal(symbol.GetMembers("ModelId").OfType<IFieldSymbol>().Single().ConstantValue, attribute.ConstructorArguments[0].Value);
    }

    [Fact]
    public void The_chat_client_of_a_model_of_several_tasks_keeps_its_media_overloads_and_states_its_tasks()
    {
        var (_, run) = GeneratorHarness.Generate(Source, GeneratorHarness.Catalog(Catalog));
        var chat = GeneratorHarness.GeneratedText(run, "InspectVoiceClient");
        Assert.Contains("GetAudioResponseAsync", chat, StringComparison.Ordinal);
        Assert.Contains("tasks: global::ModelPolicies.ModelTask.Chat | global::ModelPolicies.ModelTask.SpeechToText);", chat, StringComparison.Ordinal);
        Assert.DoesNotContain("GetAudioResponseAsync", GeneratorHarness.GeneratedText(run, "InspectVoiceSpeechToTextClient"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_code_never_warns_while_user_code_naming_an_experimental_abstraction_still_does()
    {
        var (output, _) = GeneratorHarness.Generate(
            """
            using Contoso.App.Models;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            class App
            {
                async System.Threading.Tasks.Task Run(IServiceCollection services, FieldWhisperSpeechToTextClient whisper, System.IO.Stream audio)
                {
                    services.AddFieldWhisperSpeechToTextClient(_ => whisper);
                    var text = await whisper.GetTextAsync(audio);
                    var options = new SpeechToTextOptions();
                }
            }
            """,
            GeneratorHarness.Catalog(Catalog));
        var reported = output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();
        Assert.DoesNotContain(reported, d => d.Location.SourceTree?.FilePath.EndsWith(".ModelClients.g.cs", StringComparison.Ordinal) == true);
        var experimental = Assert.Single(reported);
        Assert.Equal("MEAI001", experimental.Id);
        Assert.Contains("SpeechToTextOptions", experimental.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chat_model_whose_name_is_another_models_task_type_still_compiles()
    {
        var (output, run) = GeneratorHarness.Generate(
            "namespace Contoso.App { }",
            GeneratorHarness.Catalog("""
                { "models": [
                  { "id": "x-speech-to-text", "class": "slm" },
                  { "id": "x", "class": "fm", "inputs": ["audio"], "tasks": ["speech-to-text"] }
                ] }
                """));
        Assert.Empty(GeneratorHarness.Errors(output));
        Assert.Equal(new[] { "XSpeechToTextClient", "XSpeechToText_2Client" }, GeneratorHarness.ClientNames(run));
    }

    [Fact]
    public void A_catalog_of_chat_models_only_has_no_pragma()
    {
        var (_, run) = GeneratorHarness.Generate("""[assembly: ModelPolicies.ModelClient("phi-4-mini")]""");
        Assert.DoesNotContain("#pragma", GeneratorHarness.GeneratedFile(run).SourceText.ToString(), StringComparison.Ordinal);
    }
}
