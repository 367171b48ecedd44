using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>"Use a compliant model" on model ids at sinks: literals, constants, locals and fields.</summary>
public class ModelIdReplacementTests
{
    // 'gpt-4o' in an [Edge] context, reported at the use with the literal it came from as the additional location.
    private static DiagnosticResult EdgeGpt4o(int use, int origin, string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(use).WithLocation(origin).WithArguments(site, "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", "");

    [Fact]
    public async Task Edge_literal_is_replaced_by_the_best_compliant_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("pocket-slm", "key");
            }
            """);
    }

    // docs/rules/MP0001.md, "Local models": a model file is a local model named by its path; an id in its place would
    // not load, so no model is swapped in (the exemption fixer still offers [AllowModel]).
    [Fact]
    public async Task A_local_model_file_is_not_replaced_by_a_model_id()
    {
        await Verify.VerifyNoFixAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                object Run() => new LLama.Common.ModelParams({|#0:"models/qwen2.5-72b-instruct-q4_k_m.gguf"|});
            }

            // LLamaSharp's shape (LLama.Common.ModelParams(string modelPath)), as tests/ModelPolicies.Tests/Sdks cites it.
            namespace LLama.Common
            {
                public sealed class ModelParams
                {
                    public ModelParams(string modelPath) { }
                }
            }
            """,
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments(
                "Run", "models/qwen2.5-72b-instruct-q4_k_m.gguf", "LLM", "72.7B parameters, over the 15B edge budget", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task Low_latency_and_multimodal_literals_get_the_best_model_for_their_context()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [LowLatency]
                ChatOptions Fast() => new ChatOptions { ModelId = {|MP0002:"llama3.1:405b"|} };

                [Multimodal(Modality.Image)]
                void See() => new OpenAI.OpenAIClient("key").GetChatClient({|MP0003:"pocket-slm"|});
            }
            """, """
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [LowLatency]
                ChatOptions Fast() => new ChatOptions { ModelId = "pocket-slm" };

                [Multimodal(Modality.Image)]
                void See() => new OpenAI.OpenAIClient("key").GetChatClient("edge-vision");
            }
            """);
    }

    [Fact]
    public async Task Each_alternative_candidate_has_its_own_action()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("smollm2-135m", "key");
            }
            """);
        test.CodeActionEquivalenceKey = UseCompliantModelFixer.CandidateKey("smollm2-135m");
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_model_id_is_replaced_by_a_compliant_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0006:"gtp-4o"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("pocket-slm", "key");
            }
            """);
    }

    [Fact]
    public async Task Constant_is_changed_when_every_use_stays_compliant()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:Model|}, "key");

                [LowLatency]
                void Fast() => new OpenAI.Chat.ChatClient({|MP0002:Model|}, "key");

                void Log() => System.Console.WriteLine(Model);
            }
            """, """
            using ModelPolicies;
            class App
            {
                const string Model = "pocket-slm";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient(Model, "key");

                [LowLatency]
                void Fast() => new OpenAI.Chat.ChatClient(Model, "key");

                void Log() => System.Console.WriteLine(Model);
            }
            """);
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Constant_stays_and_the_use_is_replaced_when_another_use_would_break()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:Model|}, "key");

                [Multimodal(Modality.Image)]
                void See() => new OpenAI.Chat.ChatClient(Model, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("pocket-slm", "key");

                [Multimodal(Modality.Image)]
                void See() => new OpenAI.Chat.ChatClient(Model, "key");
            }
            """);
    }

    [Fact]
    public async Task Constant_declared_in_another_file_is_changed_there()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:Models.Summaries|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient(Models.Summaries, "key");
            }
            """);
        test.TestState.Sources.Add(("Models.cs", """
            static class Models
            {
                public const string Summaries = "gpt-4o";
            }
            """));
        test.FixedState.Sources.Add(("Models.cs", """
            static class Models
            {
                public const string Summaries = "pocket-slm";
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Constant_that_feeds_an_attribute_is_left_alone()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:Model|}, "key");

                [UsesModel(Model)]
                void Helper() { }
            }
            """, """
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("pocket-slm", "key");

                [UsesModel(Model)]
                void Helper() { }
            }
            """);
    }

    [Fact]
    public async Task Literal_in_a_locals_initializer_is_replaced_where_it_is_written()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    var modelId = {|#1:"gpt-4o"|};
                    _ = new OpenAI.Chat.ChatClient({|#0:modelId|}, "key");
                }
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    var modelId = "pocket-slm";
                    _ = new OpenAI.Chat.ChatClient(modelId, "key");
                }
            }
            """,
            expected: EdgeGpt4o(0, 1));
    }

    [Fact]
    public async Task Local_read_by_two_sinks_is_changed_once()
    {
        var test = Verify.Create("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    var modelId = {|#1:"gpt-4o"|};
                    _ = new OpenAI.Chat.ChatClient({|#0:modelId|}, "key");
                    _ = new ChatOptions { ModelId = {|#2:modelId|} };
                }
            }
            """, """
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    var modelId = "pocket-slm";
                    _ = new OpenAI.Chat.ChatClient(modelId, "key");
                    _ = new ChatOptions { ModelId = modelId };
                }
            }
            """);
        test.ExpectedDiagnostics.Add(EdgeGpt4o(0, 1));
        test.ExpectedDiagnostics.Add(EdgeGpt4o(2, 1));
        test.NumberOfIncrementalIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Constant_interpolation_at_the_sink_is_replaced_by_the_new_id()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                const string Family = "gpt";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:$"{Family}-4o"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                const string Family = "gpt";

                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("pocket-slm", "key");
            }
            """);
    }

    [Fact]
    public async Task Local_used_where_the_candidate_would_not_comply_is_replaced_at_the_use()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            class App
            {
                void Run()
                {
                    var modelId = {|#1:"gpt-4o"|};
                    Action edge = [Edge] () => new OpenAI.Chat.ChatClient({|#0:modelId|}, "key");
                    Action see = [Multimodal(Modality.Image)] () => new OpenAI.Chat.ChatClient(modelId, "key");
                }
            }
            """, """
            using System;
            using ModelPolicies;
            class App
            {
                void Run()
                {
                    var modelId = "gpt-4o";
                    Action edge = [Edge] () => new OpenAI.Chat.ChatClient("pocket-slm", "key");
                    Action see = [Multimodal(Modality.Image)] () => new OpenAI.Chat.ChatClient(modelId, "key");
                }
            }
            """,
            expected: EdgeGpt4o(0, 1, "lambda in Run"));
    }

    [Fact]
    public async Task Readonly_field_initializer_and_fallback_literals_are_replaced_where_written()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                private static readonly string Shared = {|#1:"gpt-4o"|};

                [Edge]
                void Run(string? configured)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:Shared|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|MP0007:{|#2:configured ?? {|#3:"gpt-4o"|}|}|}, "key");
                }
            }
            """, """
            using ModelPolicies;
            class App
            {
                private static readonly string Shared = "pocket-slm";

                [Edge]
                void Run(string? configured)
                {
                    _ = new OpenAI.Chat.ChatClient(Shared, "key");
                    _ = new OpenAI.Chat.ChatClient({|MP0007:configured ?? "pocket-slm"|}, "key");
                }
            }
            """,
            null,
            EdgeGpt4o(0, 1),
            EdgeGpt4o(2, 3));
    }

    [Fact]
    public async Task No_fix_is_offered_when_no_catalog_model_complies()
    {
        await Verify.VerifyNoFixAsync("""
            using ModelPolicies;
            class App
            {
                [Edge(MaxParameters = "1M")]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }
            """);
    }
}
