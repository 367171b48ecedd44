using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>docs/rules/MP0007.md: statically known model ids reaching a sink, and ids that cannot be verified.</summary>
public class ModelIdSinkTests
{
    private static DiagnosticResult Edge(int location, string model, string modelClass = "FM", string reason = "cloud only", string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, model, modelClass, reason, ", such as 'pocket-slm'", "");

    private static DiagnosticResult Unverifiable(int location, string sink, string source, string site = "Run") =>
        Verify.Diagnostic("MP0007").WithLocation(location).WithArguments(site, sink, "[Edge] (local, ≤ 15B)", source);

    [Fact]
    public async Task Ai_sdk_constructor_and_method_parameters_are_sinks()
    {
        await Verify.VerifyAsync("""
            using Microsoft.SemanticKernel;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(IKernelBuilder kernel)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
                    _ = new OpenAI.OpenAIClient("key").GetChatClient({|#1:"gpt-4o"|});
                    _ = new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), {|#2:"llama3.1:70b"|});
                    kernel.AddOpenAIChatCompletion(modelId: {|#3:"gpt-4o"|}, apiKey: "key");
                    Contoso.Unrelated.Reports.Print(model: "gpt-4o");
                }
            }
            """,
            Edge(0, "gpt-4o"),
            Edge(1, "gpt-4o"),
            Edge(2, "llama3.1:70b", "LLM", "70B parameters, over the 15B edge budget"),
            Edge(3, "gpt-4o"));
    }

    [Fact]
    public async Task Options_model_ids_are_sinks_in_assignments_and_initializers()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    var options = new ChatOptions { ModelId = {|#0:"gpt-4o"|} };
                    options.ModelId = {|#1:"gpt-4o-2024-08-06"|};
                    _ = new EmbeddingGenerationOptions { ModelId = {|#2:"gpt-4o"|} };
                    _ = new OpenAIPromptExecutionSettings { ModelId = {|#3:"gpt-4o"|} };
                }
            }
            """,
            Edge(0, "gpt-4o"), Edge(1, "gpt-4o-2024-08-06"), Edge(2, "gpt-4o"), Edge(3, "gpt-4o"));
    }

    [Fact]
    public async Task ModelId_attribute_marks_the_users_own_sinks()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Assistant
            {
                public Assistant([ModelId] string model) { }
                [ModelId] public string? Model { get; set; }
                public static void Ask([ModelId] string model, string prompt) { }
            }

            class App
            {
                [Edge]
                void Run()
                {
                    _ = new Assistant({|#0:"gpt-4o"|});
                    _ = new Assistant("phi-4-mini") { Model = {|#1:"gpt-4o"|} };
                    Assistant.Ask(prompt: "hi", model: {|#2:"gpt-4o"|});
                    Assistant.Ask("phi-4-mini", "gpt-4o");
                }
            }
            """,
            Edge(0, "gpt-4o"), Edge(1, "gpt-4o"), Edge(2, "gpt-4o"));
    }

    [Fact]
    public async Task Configured_sinks_are_checked()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            namespace Contoso
            {
                public static class Ai
                {
                    public static void Ask(string prompt, string engine) { }
                    public static string? Engine { get; set; }
                }

                class App
                {
                    [Edge]
                    void Run()
                    {
                        Ai.Ask({|#0:"gpt-4o"|}, "phi-4-mini");
                        Ai.Engine = {|#1:"gpt-4o"|};
                    }
                }
            }
            """,
            "model_policies.model_id_sinks = M:Contoso.Ai.Ask(System.String,System.String), P:Contoso.Ai.Engine\n",
            Edge(0, "gpt-4o"), Edge(1, "gpt-4o"));
    }

    [Fact]
    public async Task Constants_and_constant_interpolations_are_statically_known()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                const string Family = "gpt";
                const string Cloud = "gpt-4o";

                [Edge]
                void Run()
                {
                    const string local = "gpt-4o";
                    _ = new OpenAI.Chat.ChatClient({|#0:Cloud|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#1:local|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#2:$"{Family}-4o"|}, "key");
                }
            }
            """,
            Edge(0, "gpt-4o"), Edge(1, "gpt-4o"), Edge(2, "gpt-4o"));
    }

    [Fact]
    public async Task A_local_whose_every_assignment_is_known_is_checked_for_each_value()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(bool big)
                {
                    var modelId = {|#1:"llama3.1"|};
                    if (big)
                    {
                        modelId = {|#2:"llama3.1:70b"|};
                    }

                    _ = new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), {|#0:modelId|});
                }
            }
            """,
            Edge(0, "llama3.1:70b", "LLM", "70B parameters, over the 15B edge budget").WithLocation(2));
    }

    [Fact]
    public async Task Conditional_and_coalesce_fallbacks_are_checked()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(bool big, string? configured)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:big ? "gpt-4o" : "phi-4-mini"|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#1:configured ?? "gpt-4o"|}, "key");
                }
            }
            """,
            Edge(0, "gpt-4o").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Edge(1, "gpt-4o").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Unverifiable(1, "parameter 'model' of '.ctor'", "parameter 'configured' of 'Run'"));
    }

    [Fact]
    public async Task Readonly_fields_assigned_known_values_are_statically_known()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                private static readonly string Shared = {|#2:"gpt-4o"|};
                private readonly string _model;
                private string _mutable = "phi-4-mini";

                App() { _model = {|#3:"gpt-4o"|}; }

                [Edge]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:Shared|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#1:_model|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#4:_mutable|}, "key");
                }
            }
            """,
            Edge(0, "gpt-4o").WithLocation(2),
            Edge(1, "gpt-4o").WithLocation(3),
            Unverifiable(4, "parameter 'model' of '.ctor'", "field '_mutable'"));
    }

    [Fact]
    public async Task Readonly_fields_assigned_constants_folded_strings_or_fallbacks_are_followed()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            static class Models
            {
                public const string Chat = "gpt-4o";
            }

            class App
            {
                private static readonly string FromConst = {|#1:Models.Chat|};
                private static readonly string Folded = {|#3:"gpt" + "-4o"|};
                private static readonly string WithFallback = Environment.GetEnvironmentVariable("CHAT_MODEL") ?? {|#5:"gpt-4o"|};
                private readonly string _fromCtor;

                App() { _fromCtor = {|#7:$"{Models.Chat}"|}; }

                [Edge]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:FromConst|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#2:Folded|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#4:WithFallback|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#6:_fromCtor|}, "key");
                }
            }
            """,
            Edge(0, "gpt-4o").WithLocation(1),
            Edge(2, "gpt-4o").WithLocation(3),
            Edge(4, "gpt-4o").WithLocation(5),
            Unverifiable(4, "parameter 'model' of '.ctor'", "environment variable 'CHAT_MODEL'"),
            Edge(6, "gpt-4o").WithLocation(7));
    }

    [Fact]
    public async Task Ids_that_are_not_statically_known_are_MP0007_inside_a_context_only()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(string model)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:model|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|#1:Environment.GetEnvironmentVariable("MODEL")!|}, "key");
                    var fromConfig = Environment.GetEnvironmentVariable("MODEL") ?? throw new InvalidOperationException();
                    _ = new OpenAI.Chat.ChatClient({|#2:fromConfig|}, "key");
                }

                void Free(string model) => new OpenAI.Chat.ChatClient(model, "key");
            }
            """,
            Unverifiable(0, "parameter 'model' of '.ctor'", "parameter 'model' of 'Run'"),
            Unverifiable(1, "parameter 'model' of '.ctor'", "environment variable 'MODEL'"),
            Unverifiable(2, "parameter 'model' of '.ctor'", "environment variable 'MODEL'"));
    }

    [Fact]
    public async Task Unknown_ids_in_a_context_are_MP0006_and_aliases_and_snapshots_are_known()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:"gtp-4o"|}, "key");
                    _ = new OpenAI.Chat.ChatClient("phi4-mini", "key");
                    _ = new OpenAI.Chat.ChatClient("microsoft/Phi-4-mini-instruct", "key");
                    _ = new OpenAI.Chat.ChatClient("PHI-4-MINI", "key");
                    _ = new OpenAI.Chat.ChatClient("llama3.2:latest", "key");
                }

                void Free() => new OpenAI.Chat.ChatClient("gtp-4o", "key");
            }
            """,
            Verify.Diagnostic("MP0006").WithLocation(0).WithArguments("Run", "gtp-4o", "[Edge] (local, ≤ 15B)", ""));
    }
}
