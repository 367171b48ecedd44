using System.Threading.Tasks;
using ModelPolicies.Tests.Sdks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Sdks.SdkVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>
/// docs/rules/MP0001.md, "What counts as a use": every family of SDK sinks, compiled against the real SDKs the registry
/// serves and the cited stand-ins of <see cref="SdkShapes"/> for the rest, in the shapes real code writes them
/// (Data/sink-shapes.md): a failing model in an <c>[Edge]</c> context is MP0001; a compliant model, and the same failing
/// model outside every context, are not reported.
/// </summary>
public class SinkFamilyTests
{
    private static DiagnosticResult Edge(int location, string model, string modelClass = "FM", string reason = "cloud only", string site = "Run", string suggestion = "pocket-slm") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, model, modelClass, reason, $", such as '{suggestion}'", "");

    private static string OverBudget(string parameters) => $"{parameters} parameters, over the 15B edge budget";

    [Fact]
    public async Task OpenAI_clients_take_the_model_they_are_created_for()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OpenAI;
            using OpenAI.Chat;

            class Assistant
            {
                private const string EmbeddingModel = "text-embedding-3-small";
                private readonly OpenAIClient _openAI = new("key");

                [Edge]
                void Run()
                {
                    var model = {|#1:"gpt-4o-mini"|};
                    IChatClient chat = _openAI.GetChatClient({|#0:model|}).AsIChatClient();
                    _ = _openAI.GetEmbeddingClient({|#2:EmbeddingModel|});
                    _ = new ChatClient(model: {|#3:"gpt-4o"|}, apiKey: "key");

                    // An OpenAI-compatible server on the device (Foundry Local, Ollama) serving a small model.
                    _ = _openAI.GetChatClient("phi-4-mini");
                }

                void Online()
                {
                    _ = _openAI.GetChatClient("gpt-4o-mini");
                    _ = _openAI.GetEmbeddingClient(EmbeddingModel);
                    _ = new ChatClient(model: "gpt-4o", apiKey: "key");
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o-mini").WithLocation(1),
            Edge(2, "text-embedding-3-small", "SLM", suggestion: "all-minilm-l6-v2"),
            Edge(3, "gpt-4o"));
    }

    [Fact]
    public async Task Azure_OpenAI_clients_take_a_deployment_name()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.ClientModel;
            using Azure.AI.OpenAI;
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            class Search
            {
                private readonly AzureOpenAIClient _azure = new(new Uri("https://contoso.openai.azure.com"), new ApiKeyCredential("key"));

                [Edge]
                void Run()
                {
                    IChatClient chat = _azure.GetChatClient(deploymentName: {|#0:"gpt-4o"|}).AsIChatClient();
                    var embedder = _azure.GetEmbeddingClient({|#1:"text-embedding-3-small"|}).AsIEmbeddingGenerator();
                }

                // gpt-4o takes images: what this context needs.
                [Multimodal]
                IChatClient Describe() => _azure.GetChatClient("gpt-4o").AsIChatClient();

                IChatClient Online() => _azure.GetChatClient("gpt-4o").AsIChatClient();
            }
            """,
            new[] { SdkShapes.AzureAIOpenAI },
            Edge(0, "gpt-4o"),
            Edge(1, "text-embedding-3-small", "SLM", suggestion: "all-minilm-l6-v2"));
    }

    [Fact]
    public async Task Microsoft_Extensions_AI_options_choose_the_model_per_request()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            class Replies(IChatClient chat, IEmbeddingGenerator<string, Embedding<float>> embedder)
            {
                private readonly ChatOptions _options = new() { Temperature = 0.2f };

                [Edge]
                async Task Run(string prompt)
                {
                    await chat.GetResponseAsync(prompt, new ChatOptions { ModelId = {|#0:"gpt-4o"|} });
                    _options.ModelId = {|#1:"llama3.1:70b"|};
                    await embedder.GenerateAsync(new[] { prompt }, new EmbeddingGenerationOptions { ModelId = {|#2:"text-embedding-3-small"|} });

                    await chat.GetResponseAsync(prompt, new ChatOptions { ModelId = "phi-4-mini" });
                    await embedder.GenerateAsync(new[] { prompt }, new EmbeddingGenerationOptions { ModelId = "nomic-embed-text" });
                }

                async Task Online(string prompt)
                {
                    await chat.GetResponseAsync(prompt, new ChatOptions { ModelId = "gpt-4o" });
                    _options.ModelId = "llama3.1:70b";
                }
            }
            """,
            new string[0],
            Edge(0, "gpt-4o"),
            Edge(1, "llama3.1:70b", "LLM", OverBudget("70B")),
            Edge(2, "text-embedding-3-small", "SLM", suggestion: "all-minilm-l6-v2"));
    }

    [Fact]
    public async Task Response_and_update_types_report_the_model_that_answered_and_are_not_sinks()
    {
        await Verify.VerifyAsync("""
            #pragma warning disable MEAI001 // SpeechToTextResponse is for evaluation
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using ModelPolicies;

            [Edge]
            class ReplayClient
            {
                // A fake or caching client in edge code rebuilds the responses it replays, with the model that gave them.
                ChatResponse Replay(string text)
                {
                    var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "gpt-4o" };
                    response.ModelId = "gpt-4o-2024-08-06";
                    _ = new ChatResponseUpdate(ChatRole.Assistant, text) { ModelId = "gpt-4o" };
                    _ = new SpeechToTextResponse(text) { ModelId = "whisper-1" };
                    _ = new Embedding<float>(new float[] { 0.1f }) { ModelId = "text-embedding-3-small" };
                    _ = new ChatClientMetadata("replay", null, "gpt-4o");
                    _ = new ChatMessageContent(AuthorRole.Assistant, text, modelId: "gpt-4o");
                    _ = new OllamaSharp.Models.Chat.ChatResponseStream { Model = "llama3.1:70b" };
                    return response;
                }
            }
            """,
            new string[0]);
    }

    [Fact]
    public async Task OllamaSharp_takes_the_model_in_its_constructor_and_SelectedModel()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            using OllamaSharp;

            class LocalChat
            {
                private static readonly Uri Endpoint = new("http://localhost:11434");

                [Edge]
                void Run(OllamaApiClient shared)
                {
                    IChatClient chat = new OllamaApiClient(Endpoint, {|#0:"llama3.1:70b"|});
                    var ollama = new OllamaApiClient(Endpoint) { SelectedModel = {|#1:"gpt-oss:20b"|} };
                    shared.SelectedModel = {|#2:"qwen2.5:72b"|};

                    IChatClient small = new OllamaApiClient(Endpoint, "llama3.2");
                    ollama.SelectedModel = "phi3";
                }

                void Server(OllamaApiClient shared)
                {
                    IChatClient chat = new OllamaApiClient(Endpoint, "llama3.1:70b");
                    shared.SelectedModel = "qwen2.5:72b";
                }
            }
            """,
            new string[0],
            Edge(0, "llama3.1:70b", "LLM", OverBudget("70B")),
            Edge(1, "gpt-oss:20b", "LLM", OverBudget("21B")),
            Edge(2, "qwen2.5:72b", "LLM", OverBudget("72.7B")));
    }

    [Fact]
    public async Task Semantic_Kernel_registrations_settings_and_connectors_take_a_model()
    {
        await Verify.VerifyAsync("""
            #pragma warning disable SKEXP0010 // AddOpenAIEmbeddingGenerator is experimental
            using System;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Connectors.OpenAI;
            using ModelPolicies;

            class Plugins
            {
                private static readonly Uri Ollama = new("http://localhost:11434");

                [Edge]
                Kernel Build()
                {
                    var builder = Kernel.CreateBuilder();
                    builder.AddOpenAIChatCompletion(modelId: {|#0:"gpt-4o"|}, apiKey: "key");
                    builder.AddOpenAIEmbeddingGenerator({|#1:"text-embedding-3-small"|}, "key");
                    builder.AddOllamaChatCompletion(modelId: {|#2:"llama3.1:70b"|}, endpoint: Ollama);

                    builder.AddOllamaChatCompletion("phi3", Ollama);
                    builder.AddOllamaEmbeddingGenerator("nomic-embed-text", Ollama);
                    return builder.Build();
                }

                [Edge]
                PromptExecutionSettings Settings() => new OpenAIPromptExecutionSettings { ModelId = {|#3:"gpt-4o-mini"|}, Temperature = 0.2 };

                [Edge]
                PromptExecutionSettings Local() => new PromptExecutionSettings { ModelId = "phi3" };

                Kernel Online()
                {
                    var builder = Kernel.CreateBuilder();
                    builder.AddOpenAIChatCompletion(modelId: "gpt-4o", apiKey: "key");
                    builder.AddOllamaChatCompletion(modelId: "llama3.1:70b", endpoint: Ollama);
                    return builder.Build();
                }
            }
            """,
            new[] { SdkShapes.SemanticKernelConnectorsOllama },
            Edge(0, "gpt-4o", site: "Build"),
            Edge(1, "text-embedding-3-small", "SLM", site: "Build", suggestion: "all-minilm-l6-v2"),
            Edge(2, "llama3.1:70b", "LLM", OverBudget("70B"), site: "Build"),
            Edge(3, "gpt-4o-mini", site: "Settings"));
    }

    [Fact]
    public async Task Aspire_hosting_deployments_and_models_are_sinks_and_the_model_version_is_not()
    {
        await Verify.VerifyAsync("""
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;
            using ModelPolicies;

            static class AppHost
            {
                [Edge]
                static void Run(IDistributedApplicationBuilder builder)
                {
                    var openAI = builder.AddAzureOpenAI("openai");
                    var chatModel = {|#1:"gpt-4o"|};
                    openAI.AddDeployment("chat", {|#0:chatModel|}, "2024-08-06");
                    openAI.AddDeployment(new AzureOpenAIDeployment("embeddings", {|#2:"text-embedding-3-small"|}, "1"));

                    var ollama = builder.AddOllama("ollama");
                    ollama.AddModel("chat", {|#3:"llama3.1:70b"|});
                    ollama.AddModel("phi3:medium-128k");
                    ollama.AddHuggingFaceModel("llama", "bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS");
                }

                static void Cloud(IDistributedApplicationBuilder builder)
                {
                    builder.AddAzureOpenAI("openai").AddDeployment("chat", "gpt-4o", "2024-08-06");
                    builder.AddOllama("ollama").AddModel("chat", "llama3.1:70b");
                }
            }
            """,
            new[] { SdkShapes.AspireHostingAzureCognitiveServices, SdkShapes.CommunityToolkitAspireHostingOllama },
            Edge(0, "gpt-4o").WithLocation(1),
            Edge(2, "text-embedding-3-small", "SLM", suggestion: "all-minilm-l6-v2"),
            Edge(3, "llama3.1:70b", "LLM", OverBudget("70B")));
    }

    [Fact]
    public async Task Aspire_client_integrations_take_a_deployment_name_or_settings()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Hosting;
            using ModelPolicies;

            static class AiServices
            {
                [Edge]
                static void Run(IHostApplicationBuilder builder)
                {
                    builder.AddOpenAIClient("openai").AddChatClient({|#0:"gpt-4o-mini"|});
                    builder.AddAzureOpenAIClient("azure").AddEmbeddingGenerator(deploymentName: {|#1:"text-embedding-3-small"|});
                    builder.AddOllamaApiClient("ollama", settings => settings.SelectedModel = {|#2:"llama3.1:70b"|}).AddChatClient();

                    // A deployment named unlike its model cannot be checked: the catalog does not know it.
                    builder.AddAzureOpenAIClient("azure").AddChatClient({|#3:"gpt41"|});

                    builder.AddOpenAIClient("foundry-local").AddChatClient("phi-4-mini");
                    builder.AddOllamaApiClient("embeddings", settings => settings.SelectedModel = "all-minilm").AddEmbeddingGenerator();
                }

                static void Cloud(IHostApplicationBuilder builder)
                {
                    builder.AddOpenAIClient("openai").AddChatClient("gpt-4o-mini");
                    builder.AddOllamaApiClient("ollama", settings => settings.SelectedModel = "llama3.1:70b").AddChatClient();
                }
            }
            """,
            new[] { SdkShapes.AspireClientIntegrations },
            Edge(0, "gpt-4o-mini"),
            Edge(1, "text-embedding-3-small", "SLM", suggestion: "all-minilm-l6-v2"),
            Edge(2, "llama3.1:70b", "LLM", OverBudget("70B"), site: "lambda in Run"),
            Verify.Diagnostic("MP0006").WithLocation(3).WithArguments("Run", "gpt41", "[Edge] (local, ≤ 15B)", ""));
    }

    [Fact]
    public async Task Agent_framework_agents_take_a_model_where_the_client_has_none()
    {
        await Verify.VerifyAsync("""
            #pragma warning disable OPENAI001 // ResponsesClient is marked for evaluation
            using System;
            using Anthropic;
            using Microsoft.Agents.AI;
            using ModelPolicies;
            using OpenAI.Chat;
            using OpenAI.Responses;

            class Agents
            {
                [Edge]
                void Run(IAnthropicClient anthropic, ResponsesClient responses)
                {
                    const string writerModel = "claude-haiku-4-5";
                    AIAgent writer = anthropic.AsAIAgent(model: {|#0:writerModel|}, instructions: "Write release notes.");
                    var reviewerModel = Environment.GetEnvironmentVariable("REVIEW_MODEL") ?? {|#3:"claude-sonnet-4-5"|};
                    AIAgent reviewer = anthropic.AsAIAgent(model: {|#2:reviewerModel|}, instructions: "Review the notes.");
                    AIAgent helper = responses.AsAIAgent(model: {|#1:"gpt-4o-mini"|}, instructions: "Answer briefly.");

                    AIAgent local = responses.AsAIAgent(model: "phi-4-mini", instructions: "Answer briefly.");
                    AIAgent chat = new ChatClient("phi-4-mini", "key").AsAIAgent(instructions: "Answer briefly.");
                }

                void Online(IAnthropicClient anthropic) => anthropic.AsAIAgent(model: "claude-haiku-4-5", instructions: "Write release notes.");
            }
            """,
            new[] { SdkShapes.AgentFrameworkProviders },
            Edge(0, "claude-haiku-4-5"),
            Edge(1, "gpt-4o-mini"),
            Edge(2, "claude-sonnet-4-5").WithLocation(3),
            Verify.Diagnostic("MP0007").WithLocation(2).WithArguments("Run", "parameter 'model' of 'AsAIAgent'", "[Edge] (local, ≤ 15B)", "environment variable 'REVIEW_MODEL'"));
    }

    [Fact]
    public async Task Kernel_Memory_configs_and_builder_extensions_take_models_and_model_paths()
    {
        await Verify.VerifyAsync("""
            using Microsoft.KernelMemory;
            using Microsoft.KernelMemory.AI.Ollama;
            using ModelPolicies;

            class Memory
            {
                [Edge]
                IKernelMemoryBuilder Run()
                {
                    var openAI = new OpenAIConfig { APIKey = "key", TextModel = {|#0:"gpt-4o-mini"|}, EmbeddingModel = {|#1:"text-embedding-ada-002"|}, TextModelTokenizer = "o200k" };
                    var azure = new AzureOpenAIConfig { Endpoint = "https://contoso.openai.azure.com/" };
                    azure.Deployment = {|#2:"gpt-4o"|};
                    var ollama = new OllamaConfig { TextModel = new OllamaModelConfig({|#3:"llama3.1:70b"|}), EmbeddingModel = new OllamaModelConfig("nomic-embed-text") };
                    var llama = new LlamaSharpConfig { TextModel = new() { ModelPath = {|#4:"models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf"|}, MaxTokenTotal = 4096 } };

                    return new KernelMemoryBuilder()
                        .WithOllamaTextGeneration(modelName: {|#5:"qwen2.5:72b"|})
                        .WithOllamaTextEmbeddingGeneration("nomic-embed-text")
                        .WithLlamaTextGeneration({|#6:"models/llama-3.3-70b-instruct.Q4_K_M.gguf"|}, 4096)
                        .WithLlamaTextGeneration("models/phi-3.5-mini-instruct-q4_k_m.gguf", 4096)
                        .WithOnnxTextGeneration(new OnnxConfig { TextModelDir = @"models\Phi-3-mini-4k-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32" })
                        .WithOnnxTextGeneration(new OnnxConfig { TextModelDir = {|#7:@"models\Llama-3.1-70B-Instruct-onnx\cpu-int4"|} })
                        .WithOnnxTextGeneration({|#8:"models/gpt-oss-20b-onnx"|}, 4096);
                }

                IKernelMemoryBuilder Online() => new KernelMemoryBuilder()
                    .WithOpenAI(new OpenAIConfig { APIKey = "key", TextModel = "gpt-4o-mini", EmbeddingModel = "text-embedding-ada-002" })
                    .WithLlamaTextGeneration("models/llama-3.3-70b-instruct.Q4_K_M.gguf", 4096);
            }
            """,
            new[] { SdkShapes.KernelMemory },
            Edge(0, "gpt-4o-mini"),
            Edge(1, "text-embedding-ada-002", "SLM", suggestion: "all-minilm-l6-v2"),
            Edge(2, "gpt-4o"),
            Edge(3, "llama3.1:70b", "LLM", OverBudget("70B")),
            Edge(4, "models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf", "LLM", OverBudget("70B")),
            Edge(5, "qwen2.5:72b", "LLM", OverBudget("72.7B")),
            Edge(6, "models/llama-3.3-70b-instruct.Q4_K_M.gguf", "LLM", OverBudget("70B")),
            Edge(7, @"models\Llama-3.1-70B-Instruct-onnx\cpu-int4", "LLM", OverBudget("70B")),
            Edge(8, "models/gpt-oss-20b-onnx", "LLM", OverBudget("21B")));
    }

    [Fact]
    public async Task LLamaSharp_model_params_take_a_gguf_path()
    {
        await Verify.VerifyAsync("""
            using LLama;
            using LLama.Common;
            using ModelPolicies;

            class OnDevice
            {
                [Edge]
                LLamaWeights Run()
                {
                    var large = new ModelParams({|#0:"models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf"|}) { ContextSize = 4096 };
                    var parameters = new ModelParams("models/phi-3.5-mini-instruct-q4_k_m.gguf") { ContextSize = 4096 };
                    parameters.ModelPath = {|#1:"models/qwen2.5-72b-instruct-q4_k_m.gguf"|};
                    parameters.ModelPath = "models/Llama-3.2-1B-Instruct-Q4_K_M.gguf";
                    return LLamaWeights.LoadFromFile(parameters);
                }

                ModelParams Workstation() => new("models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf");
            }
            """,
            new string[0],
            Edge(0, "models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf", "LLM", OverBudget("70B")),
            Edge(1, "models/qwen2.5-72b-instruct-q4_k_m.gguf", "LLM", OverBudget("72.7B")));
    }

    [Fact]
    public async Task ONNX_Runtime_GenAI_models_and_configs_take_a_model_folder()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using ModelPolicies;

            class OnDevice
            {
                [Edge]
                void Run()
                {
                    using var config = new Config({|#0:@"models\Llama-3.1-70B-Instruct-onnx\cpu-int4"|});
                    using var model = new Model({|#1:"models/gpt-oss-20b-onnx"|});

                    using var phi = new Model(@"models\Phi-3-mini-4k-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32");
                    IChatClient chat = new OnnxRuntimeGenAIChatClient(@"models\Phi-4-mini-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32-acc-level-4");
                }

                Model Workstation() => new("models/gpt-oss-20b-onnx");
            }
            """,
            new string[0],
            Edge(0, @"models\Llama-3.1-70B-Instruct-onnx\cpu-int4", "LLM", OverBudget("70B")),
            Edge(1, "models/gpt-oss-20b-onnx", "LLM", OverBudget("21B")));
    }

    [Fact]
    public async Task Foundry_Local_takes_a_model_alias_or_a_variant_id()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.AI.Foundry.Local;
            using ModelPolicies;

            class OnDevice
            {
                [Edge]
                async Task Run(ICatalog catalog)
                {
                    var modelAlias = {|#1:"gpt-oss-20b"|};
                    var model = await catalog.GetModelAsync({|#0:modelAlias|});
                    var variant = await catalog.GetModelVariantAsync(modelId: {|#2:"gpt-oss-20b-cuda-gpu:1"|});

                    var small = await catalog.GetModelAsync("phi-4-mini");
                    var cpu = await catalog.GetModelVariantAsync("Phi-4-mini-instruct-generic-cpu:2");
                }

                Task<IModel?> Workstation(ICatalog catalog) => catalog.GetModelAsync("gpt-oss-20b");
            }
            """,
            new[] { SdkShapes.FoundryLocal },
            Edge(0, "gpt-oss-20b", "LLM", OverBudget("21B")).WithLocation(1),
            Edge(2, "gpt-oss-20b-cuda-gpu:1", "LLM", OverBudget("21B")));
    }

    [Fact]
    public async Task Foundry_Local_0x_manager_takes_an_alias_or_model_id()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.AI.Foundry.Local;
            using ModelPolicies;

            class OnDevice
            {
                [Edge(MaxParameters = "4B")]
                async Task Run()
                {
                    var manager = await FoundryLocalManager.StartModelAsync(aliasOrModelId: {|#0:"phi-4"|});
                    await manager.LoadModelAsync({|#1:"Phi-4-generic-gpu"|});

                    var small = await FoundryLocalManager.StartModelAsync(aliasOrModelId: "phi-3.5-mini");
                    await small.LoadModelAsync("Phi-3.5-mini-instruct-cuda-gpu");
                }

                Task<FoundryLocalManager> Workstation() => FoundryLocalManager.StartModelAsync(aliasOrModelId: "phi-4");
            }
            """,
            new[] { SdkShapes.FoundryLocalLegacy },
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments("Run", "phi-4", "SLM", "14.7B parameters, over the 4B edge budget", ", such as 'pocket-slm'", ""),
            Verify.Diagnostic("MP0001").WithLocation(1).WithArguments("Run", "Phi-4-generic-gpu", "SLM", "14.7B parameters, over the 4B edge budget", ", such as 'pocket-slm'", ""));
    }
}
