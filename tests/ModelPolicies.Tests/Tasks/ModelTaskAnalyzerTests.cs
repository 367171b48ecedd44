using System.Threading.Tasks;
using ModelPolicies.Tests.Sdks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Sdks.SdkVerifier<ModelPolicies.Analyzers.Rules.ModelTaskAnalyzer>;

namespace ModelPolicies.Tests.Tasks;

/// <summary>
/// docs/rules/MP0013.md: a model at a sink of a task it does not perform, reported everywhere, against the real SDKs'
/// members (OpenAI, Semantic Kernel, OllamaSharp, Microsoft.Extensions.AI) and stand-ins for the ones not served.
/// </summary>
public class ModelTaskAnalyzerTests
{
    private static DiagnosticResult Mismatch(int location, string site, string model, string modelClass, string tasks, string task, string suggestion) =>
        Verify.Diagnostic("MP0013").WithLocation(location).WithArguments(site, model, modelClass, tasks, task, $", such as '{suggestion}'");

    [Fact]
    public async Task OpenAI_clients_of_each_task_take_only_models_of_that_task_in_or_outside_a_context()
    {
        await Verify.VerifyAsync("""
            using OpenAI;
            class App
            {
                void Run(OpenAIClient openAI)
                {
                    _ = openAI.GetChatClient({|#0:"text-embedding-3-small"|});
                    _ = openAI.GetEmbeddingClient({|#1:"gpt-4o"|});
                    _ = openAI.GetImageClient({|#2:"gpt-4o-mini"|});
                    _ = openAI.GetAudioClient({|#3:"gpt-4o"|});
                    _ = new OpenAI.Chat.ChatClient({|#4:"whisper-1"|}, "key");

                    // The right task: nothing to say.
                    _ = openAI.GetChatClient("gpt-4o");
                    _ = openAI.GetEmbeddingClient("text-embedding-3-small");
                    _ = openAI.GetImageClient("dall-e-3");
                    _ = openAI.GetAudioClient("whisper-1");
                    _ = openAI.GetAudioClient("tts-1");
                }

                [ModelPolicies.Edge]
                void OnDevice(OpenAIClient openAI) => openAI.GetEmbeddingClient({|#5:"phi-4-mini"|});
            }
            """,
            new string[0],
            Mismatch(0, "Run", "text-embedding-3-small", "SLM", "embedding", "chat", "gpt-oss-20b"),
            Mismatch(1, "Run", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"),
            Mismatch(2, "Run", "gpt-4o-mini", "FM", "chat", "image-generation", "dall-e-2"),
            Mismatch(3, "Run", "gpt-4o", "FM", "chat", "speech-to-text or text-to-speech", "whisper-tiny"),
            Mismatch(4, "Run", "whisper-1", "FM", "speech-to-text", "chat", "gpt-oss-20b"),
            Mismatch(5, "OnDevice", "phi-4-mini", "SLM", "chat", "embedding", "e5-small-v2"));
    }

    // The same span as MP0001's for the same value: the expression as written, parentheses and '!' included.
    [Fact]
    public async Task The_mismatch_is_reported_on_the_expression_as_written()
    {
        await Verify.VerifyAsync("""
            using OpenAI;
            class App
            {
                const string? Model = "gpt-4o";

                void Run(OpenAIClient openAI) => openAI.GetEmbeddingClient({|#0:(Model!)|});
            }
            """,
            new string[0],
            Mismatch(0, "Run", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"));
    }

    [Fact]
    public async Task Microsoft_Extensions_AI_and_Semantic_Kernel_sinks_have_their_task()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            class App
            {
                void Run(IKernelBuilder kernel)
                {
                    _ = new ChatOptions { ModelId = {|#0:"nomic-embed-text"|} };
                    _ = new EmbeddingGenerationOptions { ModelId = {|#1:"llama3.1"|} };
                    kernel.AddOpenAIChatCompletion({|#2:"text-embedding-ada-002"|}, "key");
                    #pragma warning disable SKEXP0010
                    kernel.AddOpenAIEmbeddingGenerator({|#3:"gpt-4o"|}, "key");
                    #pragma warning restore SKEXP0010

                    // Task-neutral: Semantic Kernel's settings go to whichever service runs.
                    _ = new PromptExecutionSettings { ModelId = "nomic-embed-text" };
                    _ = new ChatOptions { ModelId = "gpt-4o" };
                }
            }
            """,
            new string[0],
            Mismatch(0, "Run", "nomic-embed-text", "SLM", "embedding", "chat", "pocket-slm"),
            Mismatch(1, "Run", "llama3.1", "SLM", "chat", "embedding", "all-minilm-l6-v2"),
            Mismatch(2, "Run", "text-embedding-ada-002", "SLM", "embedding", "chat", "gpt-oss-20b"),
            Mismatch(3, "Run", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"));
    }

    [Fact]
    public async Task Task_neutral_sinks_and_unknown_or_unverifiable_ids_are_not_mismatches()
    {
        await Verify.VerifyAsync("""
            class App
            {
                void Run(string fromConfig)
                {
                    _ = new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), "nomic-embed-text");
                    _ = new OpenAI.OpenAIClient("key").GetChatClient("some-house-model");
                    _ = new OpenAI.OpenAIClient("key").GetChatClient(fromConfig);
                }
            }
            """,
            new string[0]);
    }

    [Fact]
    public async Task ModelId_with_a_task_checks_it_and_without_one_takes_any_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Retrieval
            {
                public static void Index([ModelId(Task = ModelTask.Embedding)] string model) { }
                public static void Ask([ModelId] string model) { }

                void Run()
                {
                    Index({|#0:"gpt-4o"|});
                    Index("text-embedding-3-large");
                    Ask("text-embedding-3-large");
                }
            }
            """,
            new string[0],
            Mismatch(0, "Run", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"));
    }

    [Fact]
    public async Task A_wrapper_of_the_project_carries_its_sinks_task_to_its_callers()
    {
        await Verify.VerifyAsync("""
            class Search
            {
                private readonly OpenAI.OpenAIClient _client = new("key");

                public OpenAI.Embeddings.EmbeddingClient Embedder(string model) => _client.GetEmbeddingClient(model);

                void Run() => Embedder({|#0:"gpt-4o-mini"|});
            }
            """,
            new string[0],
            Mismatch(0, "Run", "gpt-4o-mini", "FM", "chat", "embedding", "text-embedding-3-large"));
    }

    [Fact]
    public async Task Kernel_memory_model_properties_have_the_task_their_name_says()
    {
        await Verify.VerifyAsync("""
            using Microsoft.KernelMemory;
            class App
            {
                OpenAIConfig Config() => new()
                {
                    TextModel = {|#0:"text-embedding-3-small"|},
                    EmbeddingModel = {|#1:"gpt-4o-mini"|},
                };
            }
            """,
            new[] { SdkShapes.KernelMemory },
            Mismatch(0, "Config", "text-embedding-3-small", "SLM", "embedding", "chat", "gpt-oss-20b"),
            Mismatch(1, "Config", "gpt-4o-mini", "FM", "chat", "embedding", "text-embedding-3-large"));
    }

    // Every kind of code block is seen: initializers of fields and properties, a constructor's call to its base, lambdas
    // and local functions (named as their own sites), and arguments nested in arguments.
    [Fact]
    public async Task Mismatches_are_found_in_every_kind_of_code_block()
    {
        await Verify.VerifyAsync("""
            using System;
            using OpenAI;
            using OpenAI.Chat;
            class Chat : ChatClient
            {
                public Chat() : base({|#0:"text-embedding-3-small"|}, "key") { }
            }

            class App
            {
                static readonly OpenAIClient Client = new("key");
                readonly object _field = Client.GetEmbeddingClient({|#1:"gpt-4o"|});
                object Property { get; } = Client.GetChatClient({|#2:"whisper-1"|});

                void Run()
                {
                    Func<object> lambda = () => Client.GetImageClient({|#3:"gpt-4o-mini"|});
                    Local();
                    GC.KeepAlive(Client.GetEmbeddingClient({|#4:"gpt-4o"|}));

                    void Local() => Client.GetEmbeddingClient({|#5:"gpt-4o"|});
                }
            }
            """,
            new string[0],
            Mismatch(0, "Chat", "text-embedding-3-small", "SLM", "embedding", "chat", "gpt-oss-20b"),
            Mismatch(1, "_field", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"),
            Mismatch(2, "Property", "whisper-1", "FM", "speech-to-text", "chat", "gpt-oss-20b"),
            Mismatch(3, "lambda in Run", "gpt-4o-mini", "FM", "chat", "image-generation", "dall-e-2"),
            Mismatch(4, "Run", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"),
            Mismatch(5, "Local", "gpt-4o", "FM", "chat", "embedding", "text-embedding-3-large"));
    }
}
