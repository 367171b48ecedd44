using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>docs/rules/MP0001.md, "What counts as a use": typed clients and [UsesModel] members.</summary>
public class TypedClientUseTests
{
    private const string Client = """

        [ModelPolicies.ModelClient("gpt-4o")]
        public sealed class Gpt4oClient
        {
            public const string ModelId = "gpt-4o";
            public string Ask(string prompt) => prompt;
            public static Gpt4oClient Create() => new Gpt4oClient();
        }

        [ModelPolicies.ModelClient("phi-4-mini")]
        public sealed class Phi4MiniClient
        {
            public string Ask(string prompt) => prompt;
        }
        """;

    private static DiagnosticResult Edge(int location, string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", "");

    [Fact]
    public async Task Construction_member_access_typeof_and_generic_arguments_are_uses()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.DependencyInjection;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(IServiceProvider services, Gpt4oClient injected)
                {
                    var client = {|#0:new Gpt4oClient()|};
                    {|#1:client.Ask("hi")|};
                    _ = {|#2:Gpt4oClient.ModelId|};
                    _ = {|#3:typeof(Gpt4oClient)|};
                    _ = {|#4:services.GetRequiredService<Gpt4oClient>()|};
                    _ = {|#5:services.GetService<Gpt4oClient>()|};
                    _ = {|#6:services.GetRequiredKeyedService<Gpt4oClient>("gpt-4o")|};
                    _ = {|#7:new List<Gpt4oClient>()|};
                    _ = {|#8:Gpt4oClient.Create()|};
                    _ = {|#9:injected.Shout()|};
                    _ = new Phi4MiniClient().Ask("hi");
                }

                void Free() => new Gpt4oClient().Ask("hi");
            }

            static class ClientExtensions
            {
                public static string Shout(this Gpt4oClient client) => client.Ask("HI");
            }
            """ + Client,
            Edge(0), Edge(1), Edge(2), Edge(3), Edge(4), Edge(5), Edge(6), Edge(7), Edge(8), Edge(9));
    }

    [Fact]
    public async Task Constructor_and_primary_constructor_injection_in_a_context_are_uses()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Notes
            {
                public Notes(Gpt4oClient {|#0:client|}, Phi4MiniClient local) { }
            }

            [Edge]
            class Summaries(Gpt4oClient {|#1:client|});

            class Free(Gpt4oClient client);
            """ + Client,
            Edge(0, "Notes"), Edge(1, "Summaries"));
    }

    [Fact]
    public async Task Calls_and_method_groups_of_UsesModel_members_are_uses()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            static class Helpers
            {
                [UsesModel("gpt-4o")]
                public static string Polish(string text) => text;

                [UsesModel("gpt-4o")]
                public static string Current => "";

                public sealed class Translator
                {
                    [UsesModel("gpt-4o")]
                    public Translator() { }
                }
            }

            class App
            {
                [Edge]
                void Run()
                {
                    _ = {|#0:Helpers.Polish("x")|};
                    Func<string, string> polish = {|#1:Helpers.Polish|};
                    _ = {|#2:Helpers.Current|};
                    _ = {|#3:new Helpers.Translator()|};
                }
            }
            """,
            Edge(0), Edge(1), Edge(2), Edge(3));
    }

    [Fact]
    public async Task UsesModel_of_an_unknown_model_is_MP0006()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            static class Helpers
            {
                [UsesModel("house-model")]
                public static void Polish() { }
            }

            class App
            {
                [LowLatency]
                void Run() => {|#0:Helpers.Polish()|};
            }
            """,
            Verify.Diagnostic("MP0006").WithLocation(0).WithArguments("Run", "house-model", "[LowLatency] (small or ≤ 300 ms)", ""));
    }

    [Fact]
    public async Task AllowModel_exempts_only_the_named_model_in_its_scope()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                [AllowModel("GPT-4o", Justification = "Summaries are produced on the server in this build.")]
                void Allowed()
                {
                    _ = new Gpt4oClient();
                    _ = new OpenAI.Chat.ChatClient("gpt-4o-2024-08-06", "key");
                    _ = new OpenAI.Chat.ChatClient({|#0:"llama3.1:405b"|}, "key");
                }

                void NotAllowed() => _ = {|#1:new Gpt4oClient()|};
            }

            [Edge]
            [AllowModel("gpt-4o", Justification = "Whole type is server-side.")]
            class AllowedType
            {
                void Run() => _ = new Gpt4oClient();
            }
            """ + Client,
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments("Allowed", "llama3.1:405b", "LLM", "405B parameters, over the 15B edge budget", ", such as 'pocket-slm'", ""),
            Edge(1, "NotAllowed"));
    }

    [Fact]
    public async Task Transitive_use_through_same_compilation_calls_names_the_path()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Notes
            {
                [Edge]
                void Summarize() => {|#0:BuildPrompt()|};

                [Edge]
                [AllowModel("gpt-4o", Justification = "Reviewed: calls a server-side helper.")]
                void Exempt() => BuildPrompt();

                [Edge]
                void Fine() => Local();

                void BuildPrompt() => Send();

                void Send() => new OpenAI.Chat.ChatClient("gpt-4o", "key");

                void Local() => new OpenAI.Chat.ChatClient("phi-4-mini", "key");
            }
            """,
            Verify.Diagnostic("MP0010").WithLocation(0).WithArguments("Summarize", "[Edge]", "BuildPrompt → Send", "gpt-4o", "FM", "cloud only"));
    }

    [Fact]
    public async Task Recursive_calls_terminate_and_are_reported_once()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Chain
            {
                [LowLatency]
                void Start() => {|#0:Ping(3)|};

                void Ping(int n) { if (n > 0) Pong(n - 1); }

                void Pong(int n) { Ping(n); _ = new OpenAI.Chat.ChatClient("llama3.1:405b", "key"); Pong(n); }
            }
            """,
            Verify.Diagnostic("MP0010").WithLocation(0).WithArguments("Start", "[LowLatency]", "Ping → Pong", "llama3.1:405b", "LLM", "405B parameters, not small, and no catalog latency within the 300 ms budget"));
    }

    [Fact]
    public async Task A_use_reported_where_it_is_made_is_not_reported_again_at_the_call()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Notes
            {
                void Summarize() => Send();

                void Send() => new OpenAI.Chat.ChatClient({|#0:"gpt-4o"|}, "key");
            }
            """,
            Edge(0, "Send"));
    }
}
