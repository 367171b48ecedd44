using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.Contexts;

/// <summary>docs/rules/MP0001.md, "Contexts": where a context can be declared, and how requirements accumulate down to the use.</summary>
public class ContextTargetTests
{
    private static DiagnosticResult EdgeGpt4o(int location, string site) =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", "");

    [Fact]
    public async Task Assembly_context_applies_to_every_member()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [assembly: Edge]
            class Notes
            {
                void Summarize() => new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
            }
            """, EdgeGpt4o(0, "Summarize"));
    }

    [Fact]
    public async Task Top_level_statements_take_the_assembly_context()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            [assembly: Edge]
            var client = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(EdgeGpt4o(0, "top-level statements"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Type_and_nested_type_contexts_apply_to_their_members()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Notes
            {
                void Summarize() => new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");

                class Inner
                {
                    void Title() => new OpenAI.Chat.ChatClient({|#1:"gpt-4o"|}, "key");
                }
            }

            class Elsewhere
            {
                void Free() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """, EdgeGpt4o(0, "Summarize"), EdgeGpt4o(1, "Title"));
    }

    [Fact]
    public async Task Method_constructor_property_and_accessor_contexts()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Notes
            {
                [Edge] Notes() { _ = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key"); }

                [Edge] void Summarize() { _ = new OpenAI.Chat.ChatClient({|#1:"gpt-4o"|}, "key"); }

                [Edge] object Client => new OpenAI.Chat.ChatClient({|#2:"gpt-4o"|}, "key");

                object Other
                {
                    [Edge] get => new OpenAI.Chat.ChatClient({|#3:"gpt-4o"|}, "key");
                    set => _ = new OpenAI.Chat.ChatClient("gpt-4o", "key");
                }
            }
            """, EdgeGpt4o(0, "Notes"), EdgeGpt4o(1, "Summarize"), EdgeGpt4o(2, "Client"), EdgeGpt4o(3, "Other"));
    }

    [Fact]
    public async Task Event_context_applies_to_its_accessors()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            class Notes
            {
                [Edge]
                event EventHandler Changed
                {
                    add => _ = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
                    remove { }
                }
            }
            """, EdgeGpt4o(0, "Changed"));
    }

    [Fact]
    public async Task An_edge_budget_on_the_attribute_never_widens_the_configured_one()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Notes
            {
                [Edge(MaxParameters = "100B")]
                void Wide() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost"), {|#0:"llama3.1:70b"|});
            }
            """,
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments("Wide", "llama3.1:70b", "LLM", "70B parameters, over the 15B edge budget", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task Field_initializers_take_the_type_context()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Notes
            {
                private readonly object _client = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
            }
            """, EdgeGpt4o(0, "_client"));
    }

    [Fact]
    public async Task Local_functions_and_lambdas_inherit_and_add_context()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using ModelPolicies;
            class Notes
            {
                [Edge]
                void Summarize()
                {
                    Local();
                    StaticLocal();
                    Func<object> lambda = () => new OpenAI.Chat.ChatClient({|#2:"gpt-4o"|}, "key");
                    Func<Task<object>> asyncLambda = async () => { await Task.Yield(); return new OpenAI.Chat.ChatClient({|#3:"gpt-4o"|}, "key"); };

                    void Local() => _ = new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
                    static void StaticLocal() => _ = new OpenAI.Chat.ChatClient({|#1:"gpt-4o"|}, "key");
                }
            }
            """, EdgeGpt4o(0, "Local"), EdgeGpt4o(1, "StaticLocal"), EdgeGpt4o(2, "lambda in Summarize"), EdgeGpt4o(3, "lambda in Summarize"));
    }

    [Fact]
    public async Task Attributes_on_a_lambda_or_local_function_make_a_context_of_their_own()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            class Notes
            {
                void Free()
                {
                    Func<object> edge = [Edge] () => new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
                    Func<object> free = () => new OpenAI.Chat.ChatClient("gpt-4o", "key");

                    [Edge]
                    object Local() => new OpenAI.Chat.ChatClient({|#1:"gpt-4o"|}, "key");
                }
            }
            """, EdgeGpt4o(0, "lambda in Free"), EdgeGpt4o(1, "Local"));
    }

    [Fact]
    public async Task Requirements_accumulate_and_one_use_can_fail_several()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Camera
            {
                [Multimodal(Modality.Image)]
                void Inspect() => new OpenAI.Chat.ChatClient({|#0:"phi-4-mini"|}, "key");

                [LowLatency]
                void Caption() => new OpenAI.Chat.ChatClient({|#1:"gpt-4o"|}, "key");
            }
            """,
            Verify.Diagnostic("MP0003").WithLocation(0).WithArguments("Inspect", "phi-4-mini", "SLM", "takes text only, no image", ", such as 'edge-vision'", "image", ""),
            EdgeGpt4o(1, "Caption").WithArguments("Caption", "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", ""),
            Verify.Diagnostic("MP0002").WithLocation(1).WithArguments("Caption", "gpt-4o", "FM", "size 'large', not small, and no catalog latency within the 300 ms budget", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task Edge_budget_on_the_attribute_narrows_the_default()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Notes
            {
                [Edge(MaxParameters = "2B")]
                void Tiny() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost"), {|#0:"phi4-mini"|});

                [Edge]
                void Normal() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost"), "phi4-mini");
            }
            """,
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments("Tiny", "phi4-mini", "SLM", "3.8B parameters, over the 2B edge budget", ", such as 'smollm2-135m'", ""));
    }

    [Fact]
    public async Task Latency_budget_comes_from_the_attribute_or_the_option()
    {
        const string source = """
            using ModelPolicies;
            class Live
            {
                [LowLatency(MaxMilliseconds = 100)]
                void Strict() => new OpenAI.Chat.ChatClient({|#0:"vision-fm"|}, "key");

                [LowLatency]
                void Default() => new OpenAI.Chat.ChatClient({|#1:"vision-fm"|}, "key");
            }
            """;
        await Verify.VerifyAsync(source,
            Verify.Diagnostic("MP0002").WithLocation(0).WithArguments("Strict", "vision-fm", "FM", "size 'large', not small, and 200 ms typical latency, over the 100 ms budget", ", such as 'pocket-slm'", ""));
        await Verify.VerifyAsync(source, "model_policies.low_latency_max_ms = 150\n",
            Verify.Diagnostic("MP0002").WithLocation(0).WithArguments("Strict", "vision-fm", "FM", "size 'large', not small, and 200 ms typical latency, over the 100 ms budget", ", such as 'pocket-slm'", ""),
            Verify.Diagnostic("MP0002").WithLocation(1).WithArguments("Default", "vision-fm", "FM", "size 'large', not small, and 200 ms typical latency, over the 150 ms budget", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task Compliant_models_are_not_reported()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Field
            {
                [Edge] void Notes() => new OpenAI.Chat.ChatClient("phi-4-mini", "key");
                [LowLatency] void Live() => new OpenAI.Chat.ChatClient("gpt-4o-mini", "key");
                [Multimodal(Modality.Image | Modality.Audio)] void Inspect() => new OpenAI.Chat.ChatClient("phi-4-multimodal", "key");
            }
            """);
    }
}
