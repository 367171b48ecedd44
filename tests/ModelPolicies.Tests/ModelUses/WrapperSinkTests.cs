using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Sdks.SdkVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>
/// docs/rules/MP0001.md, "Wrappers": a string parameter of the project's own method or constructor that flows unchanged
/// to a sink is a sink — through calls, locals, fields, properties, primary constructors and records — checked at the
/// call, with the path in the message; defaults of omitted arguments are known values; recursion ends.
/// </summary>
public class WrapperSinkTests
{
    private static DiagnosticResult Edge(int location, string model, string path, string modelClass = "FM", string reason = "cloud only", string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, model, modelClass, reason, ", such as 'pocket-slm'", " through " + path);

    private static DiagnosticResult Unverifiable(int location, string sink, string source, string site = "Run") =>
        Verify.Diagnostic("MP0007").WithLocation(location).WithArguments(site, sink, "[Edge] (local, ≤ 15B)", source);

    [Fact]
    public async Task A_parameter_handed_to_an_SDK_sink_is_checked_at_the_call_naming_the_path()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                public IChatClient Ask(string model) => _openAI.GetChatClient(model).AsIChatClient();

                public void Configure(ChatOptions options, string model) => options.ModelId = model;

                public IChatClient Pick(string? model, bool local) => _openAI.GetChatClient(local ? "phi-4-mini" : model ?? "phi-4-mini").AsIChatClient();

                [Edge]
                void Run(ChatOptions options)
                {
                    Ask({|#0:"gpt-4o"|});
                    Configure(options, {|#1:"gpt-4o-mini"|});
                    Pick({|#2:"gpt-4o"|}, local: false);
                    Ask("phi-4-mini");
                }

                void Online(ChatOptions options)
                {
                    Ask("gpt-4o");
                    Configure(options, "gpt-4o-mini");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Ask → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Configure → ChatOptions.ModelId"),
            Edge(2, "gpt-4o", "Pick → GetChatClient"));
    }

    [Fact]
    public async Task Chains_of_two_and_three_wrappers_are_followed_to_the_sink()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            static class Clients
            {
                private static readonly OpenAIClient OpenAI = new("key");

                public static IChatClient Chat(string model) => CreateChat(model);

                private static IChatClient CreateChat(string modelId)
                {
                    var chosen = modelId;
                    return OpenAI.GetChatClient(chosen).AsIChatClient();
                }
            }

            sealed class Summarizer
            {
                private readonly IChatClient _chat;

                public Summarizer(string model) => _chat = Build(model);

                private static IChatClient Build(string model) => Clients.Chat(model);
            }

            class App
            {
                [Edge]
                void Run()
                {
                    Clients.Chat({|#0:"gpt-4o"|});
                    _ = new Summarizer({|#1:"gpt-4o-mini"|});
                    _ = new Summarizer("phi-4-mini");
                }

                void Online() => _ = new Summarizer("gpt-4o-mini");
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Chat → CreateChat → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Summarizer → Build → Chat → CreateChat → GetChatClient"));
    }

    [Fact]
    public async Task A_wrapper_that_stores_the_id_in_a_field_or_property_and_uses_it_later_is_a_sink()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            sealed class ChatService
            {
                private readonly OpenAIClient _openAI = new("key");
                private readonly string _model;

                public ChatService(string model)
                {
                    _model = model;
                }

                public IChatClient Client() => _openAI.GetChatClient(_model).AsIChatClient();
            }

            sealed class EmbeddingService
            {
                private readonly OpenAIClient _openAI = new("key");

                public EmbeddingService(string deployment) => Deployment = deployment;

                public string Deployment { get; }

                public object Generator() => _openAI.GetEmbeddingClient(Deployment).AsIEmbeddingGenerator();
            }

            class App
            {
                [Edge]
                void Run()
                {
                    _ = new ChatService({|#0:"gpt-4o"|});
                    _ = new EmbeddingService({|#1:"text-embedding-3-small"|});
                    _ = new ChatService("phi-4-mini");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "ChatService → GetChatClient"),
            Verify.Diagnostic("MP0001").WithLocation(1).WithArguments("Run", "text-embedding-3-small", "SLM", "cloud only", ", such as 'all-minilm-l6-v2'", " through EmbeddingService → GetEmbeddingClient"));
    }

    [Fact]
    public async Task Primary_constructor_and_record_parameters_are_wrappers()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            sealed class Translator(OpenAIClient openAI, string model)
            {
                public IChatClient Chat() => openAI.GetChatClient(model).AsIChatClient();
            }

            sealed record Assistant(OpenAIClient OpenAI, string Model)
            {
                public IChatClient Chat() => OpenAI.GetChatClient(Model).AsIChatClient();
            }

            class App
            {
                [Edge]
                void Run(OpenAIClient openAI)
                {
                    _ = new Translator(openAI, {|#0:"gpt-4o"|});
                    _ = new Assistant(openAI, {|#1:"gpt-4o-mini"|});
                    _ = new Translator(openAI, "phi-4-mini");
                    _ = new Assistant(openAI, "phi-4-mini");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Translator → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Assistant → GetChatClient"));
    }

    [Fact]
    public async Task Generic_and_extension_methods_and_constructor_chains_are_wrappers()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            static class ChatExtensions
            {
                public static IChatClient Chat(this OpenAIClient openAI, string model) => openAI.GetChatClient(model).AsIChatClient();

                public static Task<ChatResponse<T>> Extract<T>(this OpenAIClient openAI, string text, string model) => openAI.Chat(model).GetResponseAsync<T>(text);
            }

            sealed class Session<TState>
            {
                public Session(OpenAIClient openAI, string model) => Chat = openAI.Chat(model);

                public IChatClient Chat { get; }
            }

            sealed class Tuned
            {
                private readonly OpenAIClient _openAI = new("key");
                private readonly string _model;

                public Tuned(string model)
                    : this(model, 0.2f)
                {
                }

                public Tuned(string model, float temperature) => _model = model;

                public IChatClient Chat() => _openAI.Chat(_model);
            }

            record Invoice(decimal Total);

            class App
            {
                [Edge]
                void Run(OpenAIClient openAI)
                {
                    openAI.Chat({|#0:"gpt-4o"|});
                    openAI.Extract<Invoice>("Total: 12.50", {|#1:"gpt-4o-mini"|});
                    _ = new Session<Invoice>(openAI, {|#2:"gpt-4o"|});
                    _ = new Tuned({|#3:"gpt-4o"|});
                    openAI.Extract<Invoice>("Total: 12.50", "phi-4-mini");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Chat → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Extract → Chat → GetChatClient"),
            Edge(2, "gpt-4o", "Session → Chat → GetChatClient"),
            Edge(3, "gpt-4o", "Tuned → Tuned → Chat → GetChatClient"));
    }

    // The shapes a read takes on its way to a sink, each of which the summary must still see: an extension method's
    // receiver, '!', parentheses, a conditional's branch, the left of '??', an object initializer, a collection
    // initializer's element (an argument of an implicit Add).
    [Fact]
    public async Task Reads_through_receivers_suppressions_parentheses_branches_fallbacks_and_initializers_are_followed()
    {
        await Verify.VerifyAsync("""
            using System.Collections;
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            static class Shapes
            {
                private static readonly OpenAIClient OpenAI = new("key");

                public static IChatClient AsChat(this string model) => OpenAI.GetChatClient(model).AsIChatClient();

                public static IChatClient Forgiving(string? model) => OpenAI.GetChatClient((model!)).AsIChatClient();

                public static ChatOptions Options(string model, bool fast) => new() { ModelId = fast ? "phi-4-mini" : (model) };

                public static IChatClient Fallback(string? model) => (model ?? "phi-4-mini").AsChat();

                public static int Length(string model) => model.Length + $"{model}".Length;
            }

            sealed class Registry : IEnumerable<IChatClient>
            {
                private readonly List<IChatClient> _clients = new();

                public void Add(string model) => _clients.Add(Shapes.AsChat(model));

                public IEnumerator<IChatClient> GetEnumerator() => _clients.GetEnumerator();

                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            class App
            {
                [Edge]
                void Run()
                {
                    {|#0:"gpt-4o"|}.AsChat();
                    Shapes.Forgiving({|#1:"gpt-4o"|});
                    Shapes.Options({|#2:"gpt-4o-mini"|}, fast: false);
                    Shapes.Fallback({|#3:"gpt-4o"|});
                    _ = new Registry { {|#4:"gpt-4o"|} };
                    Shapes.Length("gpt-4o");
                    "phi-4-mini".AsChat();
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "AsChat → GetChatClient"),
            Edge(1, "gpt-4o", "Forgiving → GetChatClient"),
            Edge(2, "gpt-4o-mini", "Options → ChatOptions.ModelId"),
            Edge(3, "gpt-4o", "Fallback → AsChat → GetChatClient"),
            Edge(4, "gpt-4o", "Add → AsChat → GetChatClient"));
    }

    [Fact]
    public async Task An_omitted_optional_argument_is_its_default_value_reported_at_the_call()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                public IChatClient Ask(string prompt, string model = "gpt-4o") => _openAI.GetChatClient(model).AsIChatClient();

                [Edge]
                void Run()
                {
                    {|#0:Ask("Summarize this")|};
                    Ask("Summarize this", "phi-4-mini");
                    Ask("Summarize this", model: {|#1:"gpt-4o-mini"|});
                }

                void Online() => Ask("Summarize this");
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Ask → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Ask → GetChatClient"));
    }

    [Fact]
    public async Task Recursive_and_mutually_recursive_wrappers_end()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            class Retrying
            {
                private readonly OpenAIClient _openAI = new("key");

                public IChatClient Retry(string model, int attempts) =>
                    attempts > 0 ? Retry(model, attempts - 1) : _openAI.GetChatClient(model).AsIChatClient();

                public IChatClient Ping(string model, int hops) => hops == 0 ? _openAI.GetChatClient(model).AsIChatClient() : Pong(model, hops - 1);

                public IChatClient Pong(string model, int hops) => Ping(model, hops);

                // Cycles that never reach a sink.
                public string Loop(string model) => Loop(model);

                public string Even(string model) => Odd(model);

                public string Odd(string model) => Even(model);

                [Edge]
                void Run()
                {
                    Retry({|#0:"gpt-4o"|}, 3);
                    Pong({|#1:"gpt-4o-mini"|}, 2);
                    Loop("gpt-4o");
                    Even("gpt-4o");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o", "Retry → GetChatClient"),
            Edge(1, "gpt-4o-mini", "Pong → Ping → GetChatClient"));
    }

    [Fact]
    public async Task A_value_changed_on_the_way_or_not_a_string_is_not_a_wrapper()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            enum Tier { Small, Large }

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                public IChatClient Versioned(string family) => _openAI.GetChatClient(family + "-mini").AsIChatClient();

                public IChatClient Lowered(string model) => _openAI.GetChatClient(model.ToLowerInvariant()).AsIChatClient();

                public IChatClient ByTier(Tier tier) => _openAI.GetChatClient(tier == Tier.Small ? "phi-4-mini" : "gpt-4o").AsIChatClient();

                public void Log(string model) => System.Console.WriteLine(model);

                [Edge]
                void Run()
                {
                    Versioned("gpt-4o");
                    Lowered("GPT-4O");
                    Log("gpt-4o");
                }
            }
            """,
            new string[0]);
    }

    [Fact]
    public async Task Unknown_values_and_unknown_ids_passed_to_a_wrapper_are_MP0007_and_MP0006_at_the_call()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                public IChatClient Ask(string model) => _openAI.GetChatClient(model).AsIChatClient();

                public IChatClient Route(string deployment) => Ask(deployment);

                [Edge]
                void Run(string configured)
                {
                    Ask({|#0:configured|});
                    Route({|#1:Environment.GetEnvironmentVariable("CHAT_DEPLOYMENT")!|});
                    Ask({|#2:"contoso-chat-v2"|});
                }
            }
            """,
            new string[0],
            Unverifiable(0, "parameter 'model' of 'Ask' through Ask → GetChatClient", "parameter 'configured' of 'Run'"),
            Unverifiable(1, "parameter 'deployment' of 'Route' through Route → Ask → GetChatClient", "environment variable 'CHAT_DEPLOYMENT'"),
            Verify.Diagnostic("MP0006").WithLocation(2).WithArguments("Run", "contoso-chat-v2", "[Edge] (local, ≤ 15B)", " through Ask → GetChatClient"));
    }

    [Fact]
    public async Task A_wrappers_task_is_its_sinks_task_for_MP0013()
    {
        await Sdks.SdkVerifier<Analyzers.Rules.ModelTaskAnalyzer>.VerifyAsync("""
            using ModelPolicies;
            using OpenAI;
            using OpenAI.Embeddings;

            sealed class Index(OpenAIClient openAI, string embeddingModel)
            {
                public EmbeddingClient Embedder() => Embeddings.Create(openAI, embeddingModel);
            }

            static class Embeddings
            {
                public static EmbeddingClient Create(OpenAIClient openAI, string model) => openAI.GetEmbeddingClient(model);
            }

            class App
            {
                void Run(OpenAIClient openAI)
                {
                    _ = new Index(openAI, {|#0:"gpt-4o-mini"|});
                    _ = new Index(openAI, "text-embedding-3-small");
                }
            }
            """,
            new string[0],
            Sdks.SdkVerifier<Analyzers.Rules.ModelTaskAnalyzer>.Diagnostic("MP0013").WithLocation(0)
                .WithArguments("Run", "gpt-4o-mini", "FM", "chat", "embedding", ", such as 'text-embedding-3-large'"));
    }
}
