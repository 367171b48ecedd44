namespace ModelPolicies.Tests.Sdks;

/// <summary>
/// Stand-in sources for the AI SDK packages the registry does not serve (and a few it does, for tests that do not
/// reference them): declarations only, in the real namespaces with the real type, member and parameter names. Each
/// member is preceded by the repository and path where it was read. Each constant compiles on its own against the
/// packages its summary names; constants that declare the same types (FoundryLocal and FoundryLocalLegacy) are
/// alternatives. Data/sink-shapes.md lists every model-choosing member, with the members of the served packages.
/// </summary>
internal static class SdkShapes
{
    /// <summary>The usings every Semantic Kernel connector stand-in starts with.</summary>
    private const string SemanticKernelUsings = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using Microsoft.SemanticKernel;
        """;

    /// <summary>Aspire.Hosting.Azure.CognitiveServices (not served). Needs: Aspire.Hosting 13.6.5 (served).</summary>
    public const string AspireHostingAzureCognitiveServices = """
        #nullable enable
        using Aspire.Hosting.ApplicationModel;

        namespace Aspire.Hosting
        {
            public static class AzureOpenAIExtensions
            {
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIExtensions.cs
                public static IResourceBuilder<AzureOpenAIResource> AddAzureOpenAI(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIExtensions.cs (modelVersion is a version, not an id)
                public static IResourceBuilder<AzureOpenAIDeploymentResource> AddDeployment(this IResourceBuilder<AzureOpenAIResource> builder, [ResourceName] string name, string modelName, string modelVersion) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIExtensions.cs (obsolete overload, still in samples)
                public static IResourceBuilder<AzureOpenAIResource> AddDeployment(this IResourceBuilder<AzureOpenAIResource> builder, AzureOpenAIDeployment deployment) => throw null!;
            }
        }

        namespace Aspire.Hosting.ApplicationModel
        {
            public class AzureOpenAIResource : Resource
            {
                public AzureOpenAIResource(string name) : base(name) { }
            }

            public class AzureOpenAIDeployment
            {
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeployment.cs
                public AzureOpenAIDeployment(string name, string modelName, string modelVersion, string? skuName = null, int? skuCapacity = null) { }
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeployment.cs
                public string ModelName { get; } = "";
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeployment.cs
                public string ModelVersion { get; } = "";
            }

            public class AzureOpenAIDeploymentResource : Resource
            {
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeploymentResource.cs
                public AzureOpenAIDeploymentResource(string name, string modelName, string modelVersion, AzureOpenAIResource parent) : base(name) { }
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeploymentResource.cs
                public string DeploymentName { get; set; } = "";
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeploymentResource.cs
                public string ModelName { get; set; } = "";
                // dotnet/aspire/src/Aspire.Hosting.Azure.CognitiveServices/AzureOpenAIDeploymentResource.cs
                public string ModelVersion { get; set; } = "";
            }
        }
        """;

    /// <summary>Aspire.Hosting.Foundry (not served). Needs: Aspire.Hosting 13.6.5 (served). FoundryModel descriptors carry the id in an initializer that metadata does not show: see Data/sink-shapes.md.</summary>
    public const string AspireHostingFoundry = """
        #nullable enable
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Foundry;

        namespace Aspire.Hosting
        {
            public static class FoundryExtensions
            {
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryExtensions.cs
                public static IResourceBuilder<FoundryResource> AddFoundry(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryExtensions.cs
                public static IResourceBuilder<FoundryDeploymentResource> AddDeployment(this IResourceBuilder<FoundryResource> builder, [ResourceName] string name, string modelName, string modelVersion, string format) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryExtensions.cs
                public static IResourceBuilder<FoundryDeploymentResource> AddDeployment(this IResourceBuilder<FoundryResource> builder, [ResourceName] string name, FoundryModel model) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryExtensions.cs (switches the resource to Foundry Local: deployments become local models)
                public static IResourceBuilder<FoundryResource> RunAsFoundryLocal(this IResourceBuilder<FoundryResource> builder) => throw null!;
            }
        }

        namespace Aspire.Hosting.Foundry
        {
            public class FoundryResource : Resource
            {
                public FoundryResource(string name) : base(name) { }
            }

            public class FoundryDeploymentResource : Resource
            {
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryDeploymentResource.cs
                public FoundryDeploymentResource(string name, string modelName, string modelVersion, string format, FoundryResource parent) : base(name) { }
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryDeploymentResource.cs
                public string DeploymentName { get; set; } = "";
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryDeploymentResource.cs
                public string ModelName { get; set; } = "";
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryDeploymentResource.cs
                public string ModelVersion { get; set; } = "";
            }

            public partial class FoundryModel
            {
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.cs
                public required string Name { get; init; }
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.cs
                public required string Version { get; init; }
                // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.cs
                public required string Format { get; init; }

                public static partial class OpenAI
                {
                    // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.Generated.cs
                    public static readonly FoundryModel Gpt4oMini = new() { Name = "gpt-4o-mini", Version = "2024-07-18", Format = "OpenAI" };
                    // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.Generated.cs
                    public static readonly FoundryModel TextEmbedding3Small = new() { Name = "text-embedding-3-small", Version = "1", Format = "OpenAI" };
                }

                public static partial class Local
                {
                    // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.Local.Generated.cs
                    public static readonly FoundryModel Phi4Mini = new() { Name = "phi-4-mini", Version = "5", Format = "Microsoft" };
                    // dotnet/aspire/src/Aspire.Hosting.Foundry/FoundryModel.Local.Generated.cs
                    public static readonly FoundryModel Qwen2505b = new() { Name = "qwen2.5-0.5b", Version = "4", Format = "Microsoft" };
                }
            }
        }
        """;

    /// <summary>Aspire.Hosting.OpenAI (not served). Needs: Aspire.Hosting 13.6.5 (served).</summary>
    public const string AspireHostingOpenAI = """
        #nullable enable
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.OpenAI;

        namespace Aspire.Hosting
        {
            public static class OpenAIExtensions
            {
                // dotnet/aspire/src/Aspire.Hosting.OpenAI/OpenAIExtensions.cs
                public static IResourceBuilder<OpenAIResource> AddOpenAI(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.OpenAI/OpenAIExtensions.cs
                public static IResourceBuilder<OpenAIModelResource> AddModel(this IResourceBuilder<OpenAIResource> builder, [ResourceName] string name, string model) => throw null!;
            }
        }

        namespace Aspire.Hosting.OpenAI
        {
            public class OpenAIResource : Resource
            {
                public OpenAIResource(string name) : base(name) { }
            }

            public class OpenAIModelResource : Resource
            {
                // dotnet/aspire/src/Aspire.Hosting.OpenAI/OpenAIModelResource.cs
                public OpenAIModelResource(string name, string model, OpenAIResource parent) : base(name) { }
                // dotnet/aspire/src/Aspire.Hosting.OpenAI/OpenAIModelResource.cs
                public string Model { get; set; } = "";
            }
        }
        """;

    /// <summary>Aspire.Hosting.GitHub.Models (not served). Needs: Aspire.Hosting 13.6.5 (served). GitHubModel lives in Aspire.Hosting.GitHub, the resource in Aspire.Hosting.GitHub.Models.</summary>
    public const string AspireHostingGitHubModels = """
        #nullable enable
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.GitHub;
        using Aspire.Hosting.GitHub.Models;

        namespace Aspire.Hosting
        {
            public static class GitHubModelsExtensions
            {
                // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModelsExtensions.cs (model is a GitHub Models id: "openai/gpt-4o-mini")
                public static IResourceBuilder<GitHubModelResource> AddGitHubModel(this IDistributedApplicationBuilder builder, [ResourceName] string name, string model, IResourceBuilder<ParameterResource>? organization = null) => throw null!;
                // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModelsExtensions.cs
                public static IResourceBuilder<GitHubModelResource> AddGitHubModel(this IDistributedApplicationBuilder builder, [ResourceName] string name, GitHubModel model, IResourceBuilder<ParameterResource>? organization = null) => throw null!;
            }
        }

        namespace Aspire.Hosting.GitHub
        {
            public partial class GitHubModel
            {
                // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GithubModel.cs
                public required string Id { get; init; }

                public static partial class OpenAI
                {
                    // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModel.Generated.cs
                    public static readonly GitHubModel OpenAIGpt4oMini = new() { Id = "openai/gpt-4o-mini" };
                    // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModel.Generated.cs
                    public static readonly GitHubModel OpenAITextEmbedding3Small = new() { Id = "openai/text-embedding-3-small" };
                }
            }
        }

        namespace Aspire.Hosting.GitHub.Models
        {
            public class GitHubModelResource : Resource
            {
                // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModelResource.cs
                public GitHubModelResource(string name, string model, ParameterResource? organization, ParameterResource key) : base(name) { }
                // dotnet/aspire/src/Aspire.Hosting.GitHub.Models/GitHubModelResource.cs
                public string Model { get; set; } = "";
            }
        }
        """;

    /// <summary>CommunityToolkit.Aspire.Hosting.Ollama (not served). Needs: Aspire.Hosting 13.6.5 (served).</summary>
    public const string CommunityToolkitAspireHostingOllama = """
        #nullable enable
        using Aspire.Hosting.ApplicationModel;

        namespace Aspire.Hosting
        {
            public static class OllamaResourceBuilderExtensions
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaResourceBuilderExtensions.cs
                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, [ResourceName] string name, int? port = null) => throw null!;
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaResourceBuilderExtensions.Model.cs (modelName is an Ollama tag: "llama3.2", "phi3:medium-128k")
                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<IOllamaResource> builder, string modelName) => throw null!;
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaResourceBuilderExtensions.Model.cs
                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<IOllamaResource> builder, [ResourceName] string name, string modelName) => throw null!;
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaResourceBuilderExtensions.Model.cs (modelName is a Hugging Face GGUF repository, optionally with :QUANT)
                public static IResourceBuilder<OllamaModelResource> AddHuggingFaceModel(this IResourceBuilder<IOllamaResource> builder, [ResourceName] string name, string modelName) => throw null!;
            }
        }

        namespace Aspire.Hosting.ApplicationModel
        {
            public interface IOllamaResource : IResource
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/IOllamaResource.cs
                void AddModel(string modelName);
            }

            public class OllamaResource : Resource, IOllamaResource
            {
                public OllamaResource(string name) : base(name) { }
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaResource.cs
                public void AddModel(string modelName) { }
            }

            public class OllamaModelResource : Resource
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/api/CommunityToolkit.Aspire.Hosting.Ollama.cs
                public OllamaModelResource(string name, string modelName, IOllamaResource parent) : base(name) { }
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.Hosting.Ollama/OllamaModelResource.cs (get-only: the choice is the AddModel argument)
                public string ModelName { get; } = "";
            }
        }
        """;

    /// <summary>Aspire.OpenAI, Aspire.Azure.AI.OpenAI, Aspire.Azure.AI.Inference, CommunityToolkit.Aspire.OllamaSharp (none served). Needs: Microsoft.Extensions.AI 10.11.0 and Microsoft.Extensions.Hosting.Abstractions (served). Omitted: the trailing Action&lt;IAzureClientBuilder&lt;…&gt;&gt; / Action&lt;OpenAIClientOptions&gt; parameters (types of Azure.Core.Extensions and OpenAI), which never carry a model. Without an argument the model comes from the connection string (Model=… / Deployment=…).</summary>
    public const string AspireClientIntegrations = """
        #nullable enable
        using System;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Hosting;

        namespace Aspire.OpenAI
        {
            public class AspireOpenAIClientBuilder
            {
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIClientBuilder.cs
                public AspireOpenAIClientBuilder(IHostApplicationBuilder hostBuilder, string connectionName, string? serviceKey, bool disableTracing, bool enableSensitiveTelemetryData) { }
            }

            public sealed class OpenAISettings
            {
                // dotnet/aspire/src/Components/Aspire.OpenAI/OpenAISettings.cs
                public Uri? Endpoint { get; set; }
                // dotnet/aspire/src/Components/Aspire.OpenAI/OpenAISettings.cs
                public string? Key { get; set; }
            }
        }

        namespace Aspire.Azure.AI.OpenAI
        {
            public class AspireAzureOpenAIClientBuilder : global::Aspire.OpenAI.AspireOpenAIClientBuilder
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.OpenAI/AspireAzureOpenAIClientBuilder.cs
                public AspireAzureOpenAIClientBuilder(IHostApplicationBuilder hostBuilder, string connectionName, string? serviceKey, bool disableTracing, bool enableSensitiveTelemetryData)
                    : base(hostBuilder, connectionName, serviceKey, disableTracing, enableSensitiveTelemetryData) { }
            }

            public sealed class AzureOpenAISettings
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.OpenAI/AzureOpenAISettings.cs
                public Uri? Endpoint { get; set; }
                // dotnet/aspire/src/Components/Aspire.Azure.AI.OpenAI/AzureOpenAISettings.cs
                public string? Key { get; set; }
            }
        }

        namespace Aspire.Azure.AI.Inference
        {
            public class AspireChatCompletionsClientBuilder
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/api/Aspire.Azure.AI.Inference.cs
                public AspireChatCompletionsClientBuilder(IHostApplicationBuilder hostBuilder, string? serviceKey, string? deploymentName, bool disableTracing, bool enableSensitiveTelemetryData) { }
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireChatCompletionsClientBuilder.cs
                public string? DeploymentName { get; }
            }

            public class AspireEmbeddingsClientBuilder
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireEmbeddingsClientBuilder.cs
                public string? DeploymentName { get; }
            }

            public sealed class ChatCompletionsClientSettings
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/ChatCompletionsClientSettings.cs
                public string? DeploymentName { get; set; }
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/ChatCompletionsClientSettings.cs
                public Uri? Endpoint { get; set; }
            }
        }

        namespace CommunityToolkit.Aspire.OllamaSharp
        {
            public class AspireOllamaApiClientBuilder
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/AspireOllamaApiClientBuilder.cs
                public AspireOllamaApiClientBuilder(IHostApplicationBuilder hostBuilder, object serviceKey, bool disableTracing) { }
            }

            public sealed class OllamaSharpSettings
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/OllamaSharpSettings.cs
                public Uri? Endpoint { get; set; }
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/OllamaSharpSettings.cs
                public string? SelectedModel { get; set; }
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public static class AspireOpenAIExtensions
            {
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIExtensions.cs
                public static global::Aspire.OpenAI.AspireOpenAIClientBuilder AddOpenAIClient(this IHostApplicationBuilder builder, string connectionName, Action<global::Aspire.OpenAI.OpenAISettings>? configureSettings = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIExtensions.cs
                public static global::Aspire.OpenAI.AspireOpenAIClientBuilder AddKeyedOpenAIClient(this IHostApplicationBuilder builder, string name, Action<global::Aspire.OpenAI.OpenAISettings>? configureSettings = null) => throw null!;
            }

            public static class AspireOpenAIClientBuilderChatClientExtensions
            {
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIClientBuilderChatClientExtensions.cs (deploymentName is the model id for OpenAI, the deployment for Azure OpenAI)
                public static ChatClientBuilder AddChatClient(this global::Aspire.OpenAI.AspireOpenAIClientBuilder builder, string? deploymentName = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIClientBuilderChatClientExtensions.cs
                public static ChatClientBuilder AddKeyedChatClient(this global::Aspire.OpenAI.AspireOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            public static class AspireOpenAIClientBuilderEmbeddingGeneratorExtensions
            {
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIClientBuilderEmbeddingGeneratorExtensions.cs
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddEmbeddingGenerator(this global::Aspire.OpenAI.AspireOpenAIClientBuilder builder, string? deploymentName = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.OpenAI/AspireOpenAIClientBuilderEmbeddingGeneratorExtensions.cs
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddKeyedEmbeddingGenerator(this global::Aspire.OpenAI.AspireOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            public static class AspireAzureOpenAIExtensions
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.OpenAI/AspireAzureOpenAIExtensions.cs
                public static global::Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder AddAzureOpenAIClient(this IHostApplicationBuilder builder, string connectionName, Action<global::Aspire.Azure.AI.OpenAI.AzureOpenAISettings>? configureSettings = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.OpenAI/AspireAzureOpenAIExtensions.cs
                public static global::Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder AddKeyedAzureOpenAIClient(this IHostApplicationBuilder builder, string name, Action<global::Aspire.Azure.AI.OpenAI.AzureOpenAISettings>? configureSettings = null) => throw null!;
            }

            public static class AspireAzureAIInferenceExtensions
            {
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static global::Aspire.Azure.AI.Inference.AspireChatCompletionsClientBuilder AddAzureChatCompletionsClient(this IHostApplicationBuilder builder, string connectionName, Action<global::Aspire.Azure.AI.Inference.ChatCompletionsClientSettings>? configureSettings = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static ChatClientBuilder AddChatClient(this global::Aspire.Azure.AI.Inference.AspireChatCompletionsClientBuilder builder, string? deploymentName = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static ChatClientBuilder AddKeyedChatClient(this global::Aspire.Azure.AI.Inference.AspireChatCompletionsClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static global::Aspire.Azure.AI.Inference.AspireEmbeddingsClientBuilder AddAzureEmbeddingsClient(this IHostApplicationBuilder builder, string connectionName, Action<global::Aspire.Azure.AI.Inference.ChatCompletionsClientSettings>? configureSettings = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddEmbeddingGenerator(this global::Aspire.Azure.AI.Inference.AspireEmbeddingsClientBuilder builder, string? deploymentName = null) => throw null!;
                // dotnet/aspire/src/Components/Aspire.Azure.AI.Inference/AspireAzureAIInferenceExtensions.cs
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddKeyedEmbeddingGenerator(this global::Aspire.Azure.AI.Inference.AspireEmbeddingsClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            public static class AspireOllamaSharpExtensions
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/AspireOllamaSharpExtensions.cs (configureSettings may set SelectedModel)
                public static global::CommunityToolkit.Aspire.OllamaSharp.AspireOllamaApiClientBuilder AddOllamaApiClient(this IHostApplicationBuilder builder, string connectionName, Action<global::CommunityToolkit.Aspire.OllamaSharp.OllamaSharpSettings>? configureSettings = null) => throw null!;
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/AspireOllamaSharpExtensions.cs
                public static global::CommunityToolkit.Aspire.OllamaSharp.AspireOllamaApiClientBuilder AddKeyedOllamaApiClient(this IHostApplicationBuilder builder, string connectionName, Action<global::CommunityToolkit.Aspire.OllamaSharp.OllamaSharpSettings>? configureSettings = null) => throw null!;
            }

            public static class AspireOllamaChatClientExtensions
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/AspireOllamaChatClientExtensions.cs (no model parameter: the connection string or SelectedModel names it)
                public static ChatClientBuilder AddChatClient(this global::CommunityToolkit.Aspire.OllamaSharp.AspireOllamaApiClientBuilder builder) => throw null!;
            }

            public static class AspireOllamaEmbeddingGeneratorExtensions
            {
                // CommunityToolkit/Aspire/src/CommunityToolkit.Aspire.OllamaSharp/AspireOllamaEmbeddingGeneratorExtensions.cs
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddEmbeddingGenerator(this global::CommunityToolkit.Aspire.OllamaSharp.AspireOllamaApiClientBuilder builder) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.KernelMemory.* 0.x (not served; the published v1 lives in microsoft/kernel-memory under archived/km-v1). Needs: Microsoft.Extensions.Logging.Abstractions (served). Omitted: ITextTokenizer, HttpClient and OpenAIClient parameters that never carry a model.</summary>
    public const string KernelMemory = """
        #nullable enable
        using Microsoft.Extensions.Logging;

        namespace Microsoft.KernelMemory
        {
            public interface IKernelMemoryBuilder { }

            public sealed class KernelMemoryBuilder : IKernelMemoryBuilder
            {
                // microsoft/kernel-memory/archived/km-v1/service/Core/KernelMemoryBuilder.cs
                public KernelMemoryBuilder() { }
            }

            public class OpenAIConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/OpenAIConfig.cs
                public string APIKey { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/OpenAIConfig.cs
                public string TextModel { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/OpenAIConfig.cs
                public string EmbeddingModel { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/OpenAIConfig.cs (a tokenizer name, not a model)
                public string TextModelTokenizer { get; set; } = string.Empty;
            }

            public class AzureOpenAIConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/AzureOpenAI/AzureOpenAI/AzureOpenAIConfig.cs
                public string Endpoint { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/AzureOpenAI/AzureOpenAI/AzureOpenAIConfig.cs (named Deployment, not DeploymentName)
                public string Deployment { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/AzureOpenAI/AzureOpenAI/AzureOpenAIConfig.cs
                public string APIKey { get; set; } = string.Empty;
            }

            public class LlamaSharpConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/LlamaSharpConfig.cs
                public LlamaSharpModelConfig TextModel { get; set; } = new();
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/LlamaSharpConfig.cs
                public LlamaSharpModelConfig EmbeddingModel { get; set; } = new();
            }

            public class LlamaSharpModelConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/LlamaSharpModelConfig.cs (a .gguf file path)
                public string ModelPath { get; set; } = "";
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/LlamaSharpModelConfig.cs
                public uint MaxTokenTotal { get; set; } = 4096;
            }

            public class OnnxConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/ONNX/Onnx/OnnxConfig.cs (an ONNX Runtime GenAI model folder)
                public string TextModelDir { get; set; } = string.Empty;
            }

            public static class KernelMemoryBuilderExtensions
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/DependencyInjection.cs (no model argument: uses gpt-4o-mini and text-embedding-ada-002 from private constants)
                public static IKernelMemoryBuilder WithOpenAIDefaults(this IKernelMemoryBuilder builder, string apiKey, string? organization = null, ILoggerFactory? loggerFactory = null, bool onlyForRetrieval = false) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOpenAI(this IKernelMemoryBuilder builder, OpenAIConfig config, bool onlyForRetrieval = false) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOpenAITextGeneration(this IKernelMemoryBuilder builder, OpenAIConfig config) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/OpenAI/OpenAI/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOpenAITextEmbeddingGeneration(this IKernelMemoryBuilder builder, OpenAIConfig config, bool onlyForRetrieval = false) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/AzureOpenAI/AzureOpenAI/DependencyInjection.cs
                public static IKernelMemoryBuilder WithAzureOpenAITextGeneration(this IKernelMemoryBuilder builder, AzureOpenAIConfig? config = null) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/AzureOpenAI/AzureOpenAI/DependencyInjection.cs
                public static IKernelMemoryBuilder WithAzureOpenAITextEmbeddingGeneration(this IKernelMemoryBuilder builder, AzureOpenAIConfig? config = null, ILoggerFactory? loggerFactory = null, bool onlyForRetrieval = false) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOllamaTextGeneration(this IKernelMemoryBuilder builder, string modelName, string endpoint = "http://localhost:11434") => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOllamaTextGeneration(this IKernelMemoryBuilder builder, global::Microsoft.KernelMemory.AI.Ollama.OllamaConfig config) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOllamaTextEmbeddingGeneration(this IKernelMemoryBuilder builder, string modelName, string endpoint = "http://localhost:11434") => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOllamaTextEmbeddingGeneration(this IKernelMemoryBuilder builder, global::Microsoft.KernelMemory.AI.Ollama.OllamaConfig config) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/DependencyInjection.cs (modelPath: a .gguf file)
                public static IKernelMemoryBuilder WithLlamaTextGeneration(this IKernelMemoryBuilder builder, string modelPath, uint maxTokenTotal) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/DependencyInjection.cs
                public static IKernelMemoryBuilder WithLlamaTextEmbeddingGeneration(this IKernelMemoryBuilder builder, string modelPath, uint maxTokenTotal) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/LlamaSharp/LlamaSharp/DependencyInjection.cs
                public static IKernelMemoryBuilder WithLlamaTextGeneration(this IKernelMemoryBuilder builder, LlamaSharpConfig config) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/ONNX/Onnx/DependencyInjection.cs (modelPath: a model folder)
                public static IKernelMemoryBuilder WithOnnxTextGeneration(this IKernelMemoryBuilder builder, string modelPath, uint maxTokenTotal) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/ONNX/Onnx/DependencyInjection.cs
                public static IKernelMemoryBuilder WithOnnxTextGeneration(this IKernelMemoryBuilder builder, OnnxConfig config) => throw null!;
                // microsoft/kernel-memory/archived/km-v1/extensions/Anthropic/DependencyInjection.cs
                public static IKernelMemoryBuilder WithAnthropicTextGeneration(this IKernelMemoryBuilder builder, global::Microsoft.KernelMemory.AI.Anthropic.AnthropicConfig config) => throw null!;
            }
        }

        namespace Microsoft.KernelMemory.AI.Ollama
        {
            public class OllamaConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaConfig.cs
                public string Endpoint { get; set; } = "http://localhost:11434";
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaConfig.cs (an object, not a string: its ModelName is the id)
                public OllamaModelConfig TextModel { get; set; } = new OllamaModelConfig();
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaConfig.cs
                public OllamaModelConfig EmbeddingModel { get; set; } = new OllamaModelConfig();
            }

            public class OllamaModelConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaModelConfig.cs
                public OllamaModelConfig() { }
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaModelConfig.cs
                public OllamaModelConfig(string modelName) { }
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaModelConfig.cs
                public OllamaModelConfig(string modelName, int maxToken) { }
                // microsoft/kernel-memory/archived/km-v1/extensions/Ollama/Ollama/OllamaModelConfig.cs
                public string ModelName { get; set; } = string.Empty;
            }
        }

        namespace Microsoft.KernelMemory.AI.Anthropic
        {
            public class AnthropicConfig
            {
                // microsoft/kernel-memory/archived/km-v1/extensions/Anthropic/AnthropicConfig.cs
                public string ApiKey { get; set; } = string.Empty;
                // microsoft/kernel-memory/archived/km-v1/extensions/Anthropic/AnthropicConfig.cs (defaults to claude-3-sonnet-20240229 when not set)
                public string TextModelName { get; set; } = "claude-3-sonnet-20240229";
            }
        }
        """;

    /// <summary>Microsoft.AI.Foundry.Local (current SDK; not served). Needs: Microsoft.Extensions.Logging.Abstractions (served). The alias picks the model; GetChatClientAsync takes none.</summary>
    public const string FoundryLocal = """
        #nullable enable
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace Microsoft.AI.Foundry.Local
        {
            public class Configuration
            {
                // microsoft/Foundry-Local/sdk/cs/src/Configuration.cs
                public required string AppName { get; set; }
                // microsoft/Foundry-Local/sdk/cs/src/Configuration.cs (a cache folder, not a model)
                public string? ModelCacheDir { get; init; }
            }

            public class FoundryLocalManager
            {
                // microsoft/Foundry-Local/sdk/cs/src/FoundryLocalManager.cs
                public static FoundryLocalManager Instance => throw null!;
                // microsoft/Foundry-Local/sdk/cs/src/FoundryLocalManager.cs
                public static Task CreateAsync(Configuration configuration, ILogger logger, CancellationToken? ct = null) => throw null!;
                // microsoft/Foundry-Local/sdk/cs/src/FoundryLocalManager.cs
                public Task<ICatalog> GetCatalogAsync(CancellationToken? ct = null) => throw null!;
            }

            public interface ICatalog
            {
                // microsoft/Foundry-Local/sdk/cs/src/ICatalog.cs (an alias: "phi-4-mini", "qwen2.5-0.5b")
                Task<IModel?> GetModelAsync(string modelAlias, CancellationToken? ct = null);
                // microsoft/Foundry-Local/sdk/cs/src/ICatalog.cs (a variant id: "Phi-4-mini-instruct-generic-cpu:2")
                Task<IModel?> GetModelVariantAsync(string modelId, CancellationToken? ct = null);
                // microsoft/Foundry-Local/sdk/cs/src/ICatalog.cs
                Task<List<IModel>> ListModelsAsync(CancellationToken? ct = null);
            }

            public interface IModel
            {
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs (what was resolved: not a choice)
                string Id { get; }
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
                string Alias { get; }
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
                Task LoadAsync(CancellationToken? ct = null);
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
                Task<OpenAIChatClient> GetChatClientAsync(CancellationToken? ct = null);
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
                Task<OpenAIAudioClient> GetAudioClientAsync(CancellationToken? ct = null);
                // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
                Task<OpenAIEmbeddingClient> GetEmbeddingClientAsync(CancellationToken? ct = null);
            }

            // microsoft/Foundry-Local/sdk/cs/src/OpenAI/ChatClient.cs
            public class OpenAIChatClient { }
            // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
            public class OpenAIAudioClient { }
            // microsoft/Foundry-Local/sdk/cs/src/IModel.cs
            public class OpenAIEmbeddingClient { }
        }
        """;

    /// <summary>Microsoft.AI.Foundry.Local 0.x (the first public SDK, still in most samples; not served). Do not combine with FoundryLocal: same namespace and type names. The returned ModelInfo.ModelId then flows to OpenAI's GetChatClient: the alias is the choice.</summary>
    public const string FoundryLocalLegacy = """
        #nullable enable
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Microsoft.AI.Foundry.Local
        {
            // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
            public enum DeviceType { Invalid, CPU, GPU, NPU }

            public partial class FoundryLocalManager : IDisposable
            {
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public FoundryLocalManager() { }
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public Uri Endpoint => throw null!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public string ApiKey { get; internal set; } = "OPENAI_API_KEY";
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs (aliasOrModelId: "phi-3.5-mini" or "Phi-3.5-mini-instruct-cuda-gpu")
                public static Task<FoundryLocalManager> StartModelAsync(string aliasOrModelId, DeviceType? device = null, CancellationToken ct = default) => throw null!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public Task<ModelInfo?> GetModelInfoAsync(string aliasOrModelId, DeviceType? device = null, CancellationToken ct = default) => throw null!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public Task<ModelInfo?> DownloadModelAsync(string aliasOrModelId, DeviceType? device = null, string? token = null, bool? force = false, CancellationToken ct = default) => throw null!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public Task<ModelInfo> LoadModelAsync(string aliasOrModelId, DeviceType? device = null, TimeSpan? timeout = null, CancellationToken ct = default) => throw null!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryLocalManager.cs
                public Task UnloadModelAsync(string aliasOrModelId, DeviceType? device = null, bool force = false, CancellationToken ct = default) => throw null!;
                public void Dispose() { }
            }

            public record ModelInfo
            {
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryModelInfo.cs (a resolved variant id: an unknown value downstream)
                public string ModelId { get; init; } = default!;
                // microsoft/Foundry-Local@255cb454^/sdk/cs/src/FoundryModelInfo.cs
                public string Alias { get; init; } = default!;
            }
        }
        """;

    /// <summary>Microsoft.Windows.AI.* (Windows App SDK; not served). No model parameter: LanguageModel is Phi Silica, chosen by the type. The WinRT async shape is reduced to what await needs.</summary>
    public const string WindowsAI = """
        #nullable enable
        using System.Runtime.CompilerServices;

        namespace Windows.Foundation
        {
            public interface IAsyncOperation<TResult> { }
        }

        namespace System
        {
            public static class WindowsRuntimeSystemExtensions
            {
                public static TaskAwaiter<TResult> GetAwaiter<TResult>(this global::Windows.Foundation.IAsyncOperation<TResult> source) => throw null!;
            }
        }

        namespace Microsoft.Windows.AI
        {
            public enum AIFeatureReadyState { Ready, NotReady, NotSupportedOnCurrentSystem, DisabledByUser }
        }

        namespace Microsoft.Windows.AI.Text
        {
            public sealed class LanguageModel : global::System.IDisposable
            {
                // microsoft/ai-dev-gallery/AIDevGallery/Samples/Definitions/WcrApis/WcrApiCodeSnippet.cs (LanguageModel.GetReadyState, EnsureReadyAsync, CreateAsync)
                public static global::Microsoft.Windows.AI.AIFeatureReadyState GetReadyState() => throw null!;
                // microsoft/ai-dev-gallery/AIDevGallery/Samples/Definitions/WcrApis/WcrApiCodeSnippet.cs
                public static global::Windows.Foundation.IAsyncOperation<LanguageModel> CreateAsync() => throw null!;
                // microsoft/ai-dev-gallery/AIDevGallery/Samples/Definitions/WcrApis/WcrApiCodeSnippet.cs
                public global::Windows.Foundation.IAsyncOperation<LanguageModelResponseResult> GenerateResponseAsync(string prompt) => throw null!;
                public void Dispose() { }
            }

            public sealed class LanguageModelResponseResult
            {
                public string Text => throw null!;
            }
        }

        namespace Microsoft.Windows.AI.Imaging
        {
            public sealed class ImageDescriptionGenerator
            {
                // microsoft/ai-dev-gallery/AIDevGallery/Samples/Definitions/WcrApis/WcrApiCodeSnippet.cs (image description on the same on-device model family)
                public static global::Microsoft.Windows.AI.AIFeatureReadyState GetReadyState() => throw null!;
                // microsoft/ai-dev-gallery/AIDevGallery/Samples/Definitions/WcrApis/WcrApiCodeSnippet.cs
                public static global::Windows.Foundation.IAsyncOperation<ImageDescriptionGenerator> CreateAsync() => throw null!;
            }
        }
        """;

    /// <summary>Azure.AI.OpenAI. SERVED (2.1.0; Microsoft.SemanticKernel 1.82.0 brings 2.9.0-beta.1): prefer the real package; this stand-in is for tests that reference only OpenAI 2.15.0 (needed for the base type and the returned clients).</summary>
    public const string AzureAIOpenAI = """
        #nullable enable
        using System;
        using System.ClientModel;

        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClientOptions : global::OpenAI.OpenAIClientOptions { }

            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                // Azure/azure-sdk-for-net/sdk/openai/Azure.AI.OpenAI/src/Custom/AzureOpenAIClient.cs (verified by reflection on 2.9.0-beta.1)
                public AzureOpenAIClient(Uri endpoint, ApiKeyCredential credential, AzureOpenAIClientOptions? options = null) { }
                // Azure/azure-sdk-for-net/sdk/openai/Azure.AI.OpenAI/src/Custom/AzureOpenAIClient.cs
                public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => throw null!;
                // Azure/azure-sdk-for-net/sdk/openai/Azure.AI.OpenAI/src/Custom/AzureOpenAIClient.cs
                public override global::OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string deploymentName) => throw null!;
                // Azure/azure-sdk-for-net/sdk/openai/Azure.AI.OpenAI/src/Custom/AzureOpenAIClient.cs
                public override global::OpenAI.Audio.AudioClient GetAudioClient(string deploymentName) => throw null!;
                // Azure/azure-sdk-for-net/sdk/openai/Azure.AI.OpenAI/src/Custom/AzureOpenAIClient.cs
                public override global::OpenAI.Images.ImageClient GetImageClient(string deploymentName) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.Extensions.AI.AzureAIInference (preview, not served; removed from dotnet/extensions). Needs: Azure.AI.Inference 1.0.0-beta.5 (served) and Microsoft.Extensions.AI. Note ChatCompletionsOptions.Model / EmbeddingsOptions.Model in the served package are settable model properties.</summary>
    public const string AzureAIInferenceMeai = """
        #nullable enable
        using Azure.AI.Inference;

        namespace Microsoft.Extensions.AI
        {
            public static class AzureAIInferenceExtensions
            {
                // dotnet/extensions@1ab483ae^/src/Libraries/Microsoft.Extensions.AI.AzureAIInference/AzureAIInferenceExtensions.cs (modelId, not defaultModelId)
                public static IChatClient AsIChatClient(this ChatCompletionsClient chatCompletionsClient, string? modelId = null) => throw null!;
                // dotnet/extensions@1ab483ae^/src/Libraries/Microsoft.Extensions.AI.AzureAIInference/AzureAIInferenceExtensions.cs
                public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this EmbeddingsClient embeddingsClient, string? defaultModelId = null, int? defaultModelDimensions = null) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.Extensions.AI.Ollama (preview, deprecated for OllamaSharp; not served, still in many samples). Needs: Microsoft.Extensions.AI.</summary>
    public const string MeaiOllamaPreview = """
        #nullable enable
        using System;
        using System.Net.Http;

        namespace Microsoft.Extensions.AI
        {
            public sealed class OllamaChatClient
            {
                // dotnet/extensions@3f10dd4d^/src/Libraries/Microsoft.Extensions.AI.Ollama/OllamaChatClient.cs
                public OllamaChatClient(string endpoint, string? modelId = null, HttpClient? httpClient = null) { }
                // dotnet/extensions@3f10dd4d^/src/Libraries/Microsoft.Extensions.AI.Ollama/OllamaChatClient.cs
                public OllamaChatClient(Uri endpoint, string? modelId = null, HttpClient? httpClient = null) { }
            }

            public sealed class OllamaEmbeddingGenerator
            {
                // dotnet/extensions@3f10dd4d^/src/Libraries/Microsoft.Extensions.AI.Ollama/OllamaEmbeddingGenerator.cs
                public OllamaEmbeddingGenerator(string endpoint, string? modelId = null, HttpClient? httpClient = null) { }
                // dotnet/extensions@3f10dd4d^/src/Libraries/Microsoft.Extensions.AI.Ollama/OllamaEmbeddingGenerator.cs
                public OllamaEmbeddingGenerator(Uri endpoint, string? modelId = null, HttpClient? httpClient = null) { }
            }
        }
        """;

    /// <summary>Anthropic.SDK (tghamm; not served). The official Anthropic package (served, 13.14.0) differs: its MessageCreateParams.Model is an ApiEnum&lt;string, Model&gt;, not a string (see Data/sink-shapes.md).</summary>
    public const string AnthropicSdkCommunity = """
        #nullable enable
        using System.Net.Http;

        namespace Anthropic.SDK
        {
            public class APIAuthentication
            {
                public APIAuthentication(string apiKey) { }
            }

            public class AnthropicClient
            {
                // tghamm/Anthropic.SDK/Anthropic.SDK/AnthropicClient.cs
                public AnthropicClient(APIAuthentication? apiKeys = null, HttpClient? client = null) { }
                public global::Anthropic.SDK.Messaging.MessagesEndpoint Messages => throw null!;
            }
        }

        namespace Anthropic.SDK.Constants
        {
            public static class AnthropicModels
            {
                // tghamm/Anthropic.SDK/Anthropic.SDK/Constants/AnthropicModels.cs
                public const string Claude4Sonnet = "claude-sonnet-4-20250514";
                // tghamm/Anthropic.SDK/Anthropic.SDK/Constants/AnthropicModels.cs
                public const string Claude45Haiku = "claude-haiku-4-5-20251001";
                // tghamm/Anthropic.SDK/Anthropic.SDK/Constants/AnthropicModels.cs
                public const string Claude45Sonnet = "claude-sonnet-4-5-20250929";
            }
        }

        namespace Anthropic.SDK.Messaging
        {
            public class MessageCountTokenParameters
            {
                // tghamm/Anthropic.SDK/Anthropic.SDK/Messaging/MessageParameters.cs
                public string Model { get; set; } = "";
            }

            public class MessageParameters : MessageCountTokenParameters
            {
                // tghamm/Anthropic.SDK/Anthropic.SDK/Messaging/MessageParameters.cs
                public int MaxTokens { get; set; }
            }

            // tghamm/Anthropic.SDK/Anthropic.SDK/Messaging/MessagesEndpoint.cs (also an IChatClient: the model then comes from ChatOptions.ModelId)
            public class MessagesEndpoint { }
        }
        """;

    /// <summary>Google_GenerativeAI (gunpal5; packages Google_GenerativeAI and Google_GenerativeAI.Microsoft; not served). Its constants carry the "models/" prefix. Omitted: trailing config, safety, HttpClient and ILogger parameters.</summary>
    public const string GoogleGenerativeAI = """
        #nullable enable

        namespace GenerativeAI
        {
            public static class GoogleAIModels
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Constants/GoogleAIModels.cs
                public const string Gemini25Flash = "models/gemini-2.5-flash";
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Constants/GoogleAIModels.cs
                public const string DefaultGeminiModel = Gemini25Flash;
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Constants/GoogleAIModels.cs
                public const string GeminiEmbedding = "models/gemini-embedding-001";
            }

            public class GoogleAi
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Platforms/GoogleAI.cs
                public GoogleAi(string? apiKey = null, string? accessToken = null) { }
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Platforms/GoogleAI.cs
                public GenerativeModel CreateGenerativeModel(string modelName) => throw null!;
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/Platforms/GenAI.cs
                public EmbeddingModel CreateEmbeddingModel(string modelName) => throw null!;
            }

            public class GenerativeModel
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/AiModels/GenerativeModel/GenerativeModel.cs
                public GenerativeModel(string apiKey, string? model) { }
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/AiModels/GenerativeModel/GenerativeModel.cs
                public string Model { get; set; } = "";
            }

            public class EmbeddingModel
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/AiModels/EmbeddingModel.cs
                public EmbeddingModel(string apiKey, string model) { }
                // gunpal5/Google_GenerativeAI/src/GenerativeAI/AiModels/EmbeddingModel.cs
                public string Model { get; set; } = "";
            }
        }

        namespace GenerativeAI.Microsoft
        {
            public class GenerativeAIChatClient
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI.Microsoft/GenerativeAIChatClient.cs (optional default: a model is chosen when none is passed)
                public GenerativeAIChatClient(string apiKey, string modelName = global::GenerativeAI.GoogleAIModels.DefaultGeminiModel, bool autoCallFunction = true) { }
            }

            public class GenerativeAIEmbeddingGenerator
            {
                // gunpal5/Google_GenerativeAI/src/GenerativeAI.Microsoft/GenerativeAIEmbeddingGenerator.cs
                public GenerativeAIEmbeddingGenerator(string apiKey, string modelName = global::GenerativeAI.GoogleAIModels.GeminiEmbedding) { }
            }
        }
        """;

    /// <summary>Mscc.GenerativeAI and Mscc.GenerativeAI.Microsoft (not served). Omitted: trailing config, tools, IHttpClientFactory and ILogger parameters.</summary>
    public const string MsccGenerativeAI = """
        #nullable enable

        namespace Mscc.GenerativeAI
        {
            public static class Model
            {
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI/Constants/Model.cs
                public const string Gemini25Pro = "gemini-2.5-pro";
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI/Constants/Model.cs
                public const string Gemini20Flash = "gemini-2.0-flash";
            }

            public sealed class GoogleAI
            {
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI/GoogleAI.cs
                public GoogleAI(string? apiKey = null, string? accessToken = null, string? apiVersion = null) { }
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI/GoogleAI.cs (optional default Model.Gemini25Pro)
                public GenerativeModel GenerativeModel(string model = global::Mscc.GenerativeAI.Model.Gemini25Pro) => throw null!;
            }

            public class GenerativeModel
            {
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI/BaseModel.cs
                public string Model { get; set; } = "";
            }
        }

        namespace Mscc.GenerativeAI.Microsoft
        {
            public sealed class GeminiChatClient
            {
                // mscraftsman/generative-ai/src/Mscc.GenerativeAI.Microsoft/GeminiChatClient.cs
                public GeminiChatClient(string? apiKey = null, string? projectId = null, string? region = null, string? accessToken = null, string? model = null) { }
            }
        }
        """;

    /// <summary>Google.GenAI (googleapis/dotnet-genai; not served). The model is a per-call argument, not a client setting.</summary>
    public const string GoogleGenAI = """
        #nullable enable
        using System.Threading.Tasks;

        namespace Google.GenAI
        {
            public class Client
            {
                // googleapis/dotnet-genai/Google.GenAI/Client.cs
                public Client(bool? vertexAI = null, string? apiKey = null, string? project = null, string? location = null) { }
                // googleapis/dotnet-genai/Google.GenAI/Client.cs
                public Models Models => throw null!;
            }

            public class Models
            {
                // googleapis/dotnet-genai/Google.GenAI/Models.cs
                public Task<object> GenerateContentAsync(string model, string contents) => throw null!;
                // googleapis/dotnet-genai/Google.GenAI/Models.cs
                public Task<object> GenerateImagesAsync(string model, string prompt) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.Agents.AI.OpenAI and Microsoft.Agents.AI.Anthropic (not served; Microsoft.Agents.AI 1.28.0 itself is served and has no model parameter). Needs: Microsoft.Agents.AI 1.28.0, OpenAI 2.15.0 and Anthropic 13.14.0 (served). The extensions live in the SDKs' namespaces.</summary>
    public const string AgentFrameworkProviders = """
        #nullable enable
        #pragma warning disable OPENAI001 // ResponsesClient is marked for evaluation in OpenAI 2.15.0, as in the real package's build
        using System;
        using System.Collections.Generic;
        using Microsoft.Agents.AI;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Logging;

        namespace OpenAI.Responses
        {
            public static class OpenAIResponseClientExtensions
            {
                // microsoft/agent-framework/dotnet/src/Microsoft.Agents.AI.OpenAI/Extensions/OpenAIResponseClientExtensions.cs
                public static ChatClientAgent AsAIAgent(this ResponsesClient client, string? model = null, string? instructions = null, string? name = null, string? description = null, IList<AITool>? tools = null, Func<IChatClient, IChatClient>? clientFactory = null, ILoggerFactory? loggerFactory = null, IServiceProvider? services = null) => throw null!;
                // microsoft/agent-framework/dotnet/src/Microsoft.Agents.AI.OpenAI/Extensions/OpenAIResponseClientExtensions.cs
                public static IChatClient AsIChatClientWithStoredOutputDisabled(this ResponsesClient responseClient, string? model = null, bool includeReasoningEncryptedContent = true) => throw null!;
            }
        }

        namespace OpenAI.Chat
        {
            public static class OpenAIChatClientExtensions
            {
                // microsoft/agent-framework/dotnet/src/Microsoft.Agents.AI.OpenAI/Extensions/OpenAIChatClientExtensions.cs (no model: the ChatClient already has one)
                public static ChatClientAgent AsAIAgent(this ChatClient client, string? instructions = null, string? name = null, string? description = null, IList<AITool>? tools = null, Func<IChatClient, IChatClient>? clientFactory = null, ILoggerFactory? loggerFactory = null, IServiceProvider? services = null) => throw null!;
            }
        }

        namespace Anthropic
        {
            public static class AnthropicClientExtensions
            {
                // microsoft/agent-framework/dotnet/src/Microsoft.Agents.AI.Anthropic/AnthropicClientExtensions.cs (model is required here)
                public static ChatClientAgent AsAIAgent(this IAnthropicClient client, string model, string? instructions = null, string? name = null, string? description = null, IList<AITool>? tools = null, int? defaultMaxTokens = null, Func<IChatClient, IChatClient>? clientFactory = null, ILoggerFactory? loggerFactory = null, IServiceProvider? services = null) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.Ollama (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0, OllamaSharp 5.5.2, Microsoft.Extensions.AI 10.11.0 (served).</summary>
    public const string SemanticKernelConnectorsOllama = SemanticKernelUsings + "\n" + """
        using OllamaSharp;

        namespace Microsoft.SemanticKernel
        {
            public static class OllamaKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaTextGeneration(this IKernelBuilder builder, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaTextGeneration(this IKernelBuilder builder, string modelId, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaTextGeneration(this IKernelBuilder builder, string modelId, OllamaApiClient ollamaClient, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaChatCompletion(this IKernelBuilder builder, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaChatCompletion(this IKernelBuilder builder, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaChatClient(this IKernelBuilder builder, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaChatClient(this IKernelBuilder builder, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaTextEmbeddingGeneration(this IKernelBuilder builder, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaTextEmbeddingGeneration(this IKernelBuilder builder, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaEmbeddingGenerator(this IKernelBuilder builder, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaKernelBuilderExtensions.cs
                public static IKernelBuilder AddOllamaEmbeddingGenerator(this IKernelBuilder builder, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class OllamaServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOllamaChatClient(this IServiceCollection services, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOllamaChatClient(this IServiceCollection services, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOllamaEmbeddingGenerator(this IServiceCollection services, string modelId, Uri endpoint, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Extensions/OllamaServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOllamaEmbeddingGenerator(this IServiceCollection services, string modelId, HttpClient? httpClient = null, string? serviceId = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.Ollama
        {
            public sealed class OllamaChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaChatCompletionService.cs
                public OllamaChatCompletionService(string modelId, Uri endpoint, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaChatCompletionService.cs
                public OllamaChatCompletionService(string modelId, HttpClient httpClient, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class OllamaTextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaTextEmbeddingsGenerationService.cs
                public OllamaTextEmbeddingGenerationService(string modelId, Uri endpoint, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaTextEmbeddingsGenerationService.cs
                public OllamaTextEmbeddingGenerationService(string modelId, HttpClient httpClient, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class OllamaTextGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaTextGenerationService.cs
                public OllamaTextGenerationService(string modelId, Uri endpoint, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaTextGenerationService.cs
                public OllamaTextGenerationService(string modelId, HttpClient httpClient, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Ollama/Services/OllamaTextGenerationService.cs
                public OllamaTextGenerationService(string modelId, OllamaApiClient ollamaClient, ILoggerFactory? loggerFactory = null) { }
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.Onnx (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0, Microsoft.ML.OnnxRuntimeGenAI.Managed 0.18.0 (served).</summary>
    public const string SemanticKernelConnectorsOnnx = SemanticKernelUsings + "\n" + """
        using Microsoft.ML.OnnxRuntimeGenAI;
        using Microsoft.SemanticKernel.Connectors.Onnx;

        namespace Microsoft.SemanticKernel.Connectors.Onnx
        {
            // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/Provider.cs
            public class Provider
            {
                public Provider(string id) { }
            }

            // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/BertOnnxOptions.cs
            public sealed class BertOnnxOptions { }
        }

        namespace Microsoft.SemanticKernel.Connectors.Onnx
        {
            public sealed class BertOnnxTextEmbeddingGenerationService
            {
                private BertOnnxTextEmbeddingGenerationService() { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/BertOnnxTextEmbeddingGenerationService.cs
                public static BertOnnxTextEmbeddingGenerationService Create(string onnxModelPath, string vocabPath, BertOnnxOptions? options = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/BertOnnxTextEmbeddingGenerationService.cs
                public static Task<BertOnnxTextEmbeddingGenerationService> CreateAsync(string onnxModelPath, string vocabPath, BertOnnxOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
            }
            public sealed class OnnxRuntimeGenAIChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxRuntimeGenAIChatCompletionService.cs
                public OnnxRuntimeGenAIChatCompletionService(string modelId, string modelPath, ILoggerFactory? loggerFactory = null, JsonSerializerOptions? jsonSerializerOptions = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxRuntimeGenAIChatCompletionService.cs
                public OnnxRuntimeGenAIChatCompletionService(string modelId, string modelPath, IEnumerable<Provider> providers, ILoggerFactory? loggerFactory = null, JsonSerializerOptions? jsonSerializerOptions = null) { }
            }
        }
        namespace Microsoft.SemanticKernel
        {
            public static class OnnxChatClientKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.ChatClient.cs
                public static IKernelBuilder AddOnnxRuntimeGenAIChatClient(this IKernelBuilder builder, string modelPath, OnnxRuntimeGenAIChatClientOptions? chatClientOptions = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.ChatClient.cs
                public static IKernelBuilder AddOnnxRuntimeGenAIChatClient(this IKernelBuilder builder, string modelPath, IEnumerable<Provider> providers, OnnxRuntimeGenAIChatClientOptions? chatClientOptions = null, string? serviceId = null) => throw null!;
            }
            public static class OnnxKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.cs
                public static IKernelBuilder AddOnnxRuntimeGenAIChatCompletion(this IKernelBuilder builder, string modelId, string modelPath, string? serviceId = null, ILoggerFactory? loggerFactory = null, JsonSerializerOptions? jsonSerializerOptions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.cs
                public static IKernelBuilder AddOnnxRuntimeGenAIChatCompletion(this IKernelBuilder builder, string modelId, string modelPath, List<Provider> providers, string? serviceId = null, ILoggerFactory? loggerFactory = null, JsonSerializerOptions? jsonSerializerOptions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.cs
                public static IKernelBuilder AddBertOnnxTextEmbeddingGeneration(this IKernelBuilder builder, string onnxModelPath, string vocabPath, BertOnnxOptions? options = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxKernelBuilderExtensions.cs
                public static IKernelBuilder AddBertOnnxEmbeddingGenerator(this IKernelBuilder builder, string onnxModelPath, string vocabPath, BertOnnxOptions? options = null, string? serviceId = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class OnnxServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddBertOnnxEmbeddingGenerator(this IServiceCollection services, string onnxModelPath, string vocabPath, BertOnnxOptions? options = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOnnxRuntimeGenAIChatClient(this IServiceCollection services, string modelPath, OnnxRuntimeGenAIChatClientOptions? chatClientOptions = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Onnx/OnnxServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddOnnxRuntimeGenAIChatClient(this IServiceCollection services, string modelPath, IEnumerable<Provider> providers, OnnxRuntimeGenAIChatClientOptions? chatClientOptions = null, string? serviceId = null) => throw null!;
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.HuggingFace (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0 (served).</summary>
    public const string SemanticKernelConnectorsHuggingFace = SemanticKernelUsings + "\n" + """

        namespace Microsoft.SemanticKernel
        {
            public static class HuggingFaceKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceKernelBuilderExtensions.cs
                public static IKernelBuilder AddHuggingFaceTextGeneration(this IKernelBuilder builder, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceKernelBuilderExtensions.cs
                public static IKernelBuilder AddHuggingFaceChatCompletion(this IKernelBuilder builder, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceKernelBuilderExtensions.cs
                public static IKernelBuilder AddHuggingFaceTextEmbeddingGeneration(this IKernelBuilder builder, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceKernelBuilderExtensions.cs
                public static IKernelBuilder AddHuggingFaceEmbeddingGenerator(this IKernelBuilder builder, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceKernelBuilderExtensions.cs
                public static IKernelBuilder AddHuggingFaceImageToText(this IKernelBuilder builder, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class HuggingFaceServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/HuggingFaceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddHuggingFaceEmbeddingGenerator(this IServiceCollection services, string model, Uri? endpoint = null, string? apiKey = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.HuggingFace
        {
            public sealed class HuggingFaceChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/Services/HuggingFaceChatCompletionService.cs
                public HuggingFaceChatCompletionService(string model, Uri? endpoint = null, string? apiKey = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class HuggingFaceEmbeddingGenerator
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/Services/HuggingFaceEmbeddingGenerator.cs
                public HuggingFaceEmbeddingGenerator(string modelId, Uri? endpoint = null, string? apiKey = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class HuggingFaceImageToTextService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/Services/HuggingFaceImageToTextService.cs
                public HuggingFaceImageToTextService(string model, Uri? endpoint = null, string? apiKey = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class HuggingFaceTextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/Services/HuggingFaceTextEmbeddingGenerationService.cs
                public HuggingFaceTextEmbeddingGenerationService(string model, Uri? endpoint = null, string? apiKey = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class HuggingFaceTextGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.HuggingFace/Services/HuggingFaceTextGenerationService.cs
                public HuggingFaceTextGenerationService(string model, Uri? endpoint = null, string? apiKey = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.MistralAI (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0 (served).</summary>
    public const string SemanticKernelConnectorsMistralAI = SemanticKernelUsings + "\n" + """

        namespace Microsoft.SemanticKernel
        {
            public static class MistralAIKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Extensions/MistralAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddMistralChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Extensions/MistralAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddMistralTextEmbeddingGeneration(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Extensions/MistralAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddMistralEmbeddingGenerator(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class MistralAIServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Extensions/MistralAIServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddMistralEmbeddingGenerator(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.MistralAI
        {
            public sealed class MistralAIChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Services/MistralAIChatCompletionService.cs
                public MistralAIChatCompletionService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class MistralAIEmbeddingGenerator
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Services/MistralAIEmbeddingGenerator.cs
                public MistralAIEmbeddingGenerator(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class MistralAITextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.MistralAI/Services/MistralAITextEmbeddingGenerationService.cs
                public MistralAITextEmbeddingGenerationService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.Google (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0 (served).</summary>
    public const string SemanticKernelConnectorsGoogle = SemanticKernelUsings + "\n" + """
        using Microsoft.SemanticKernel.Connectors.Google;

        namespace Microsoft.SemanticKernel.Connectors.Google
        {
            // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/GoogleAIVersion.cs
            public enum GoogleAIVersion { V1, V1_Beta }

            // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/VertexAIVersion.cs
            public enum VertexAIVersion { V1, V1_Beta }
        }

        namespace Microsoft.SemanticKernel
        {
            public static class GoogleAIKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/GoogleAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddGoogleAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/GoogleAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddGoogleAIEmbeddingGeneration(this IKernelBuilder builder, string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/GoogleAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddGoogleAIEmbeddingGenerator(this IKernelBuilder builder, string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
            }
            public static class VertexAIKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIEmbeddingGeneration(this IKernelBuilder builder, string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIEmbeddingGeneration(this IKernelBuilder builder, string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIEmbeddingGenerator(this IKernelBuilder builder, string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIKernelBuilderExtensions.cs
                public static IKernelBuilder AddVertexAIEmbeddingGenerator(this IKernelBuilder builder, string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class GoogleAIServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/GoogleAIServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddGoogleAIEmbeddingGenerator(this IServiceCollection services, string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
            }
            public static class VertexAIServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddVertexAIEmbeddingGenerator(this IServiceCollection services, string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Extensions/VertexAIServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddVertexAIEmbeddingGenerator(this IServiceCollection services, string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.Google
        {
            public sealed class GoogleAIEmbeddingGenerator
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/GoogleAIEmbeddingGenerator.cs
                public GoogleAIEmbeddingGenerator(string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
            }
            public sealed class GoogleAIGeminiChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/GoogleAIGeminiChatCompletionService.cs
                public GoogleAIGeminiChatCompletionService(string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class GoogleAITextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/GoogleAITextEmbeddingGenerationService.cs
                public GoogleAITextEmbeddingGenerationService(string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
            }
            public sealed class VertexAIEmbeddingGenerator
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAIEmbeddingGenerator.cs
                public VertexAIEmbeddingGenerator(string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAIEmbeddingGenerator.cs
                public VertexAIEmbeddingGenerator(string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
            }
            public sealed class VertexAIGeminiChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAIGeminiChatCompletionService.cs
                public VertexAIGeminiChatCompletionService(string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAIGeminiChatCompletionService.cs
                public VertexAIGeminiChatCompletionService(string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class VertexAITextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAITextEmbeddingGenerationService.cs
                public VertexAITextEmbeddingGenerationService(string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Google/Services/VertexAITextEmbeddingGenerationService.cs
                public VertexAITextEmbeddingGenerationService(string modelId, Func<ValueTask<string>> bearerTokenProvider, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, int? dimensions = null) { }
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.Amazon (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0 (served); AWSSDK.BedrockRuntime is not served, so IAmazonBedrockRuntime is declared here.</summary>
    public const string SemanticKernelConnectorsAmazon = SemanticKernelUsings + "\n" + """
        using Amazon.BedrockRuntime;

        namespace Amazon.BedrockRuntime
        {
            // AWSSDK.BedrockRuntime (not served): only the type name is needed
            public interface IAmazonBedrockRuntime { }
        }

        namespace Microsoft.SemanticKernel
        {
            public static class BedrockKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockKernelBuilderExtensions.cs
                public static IKernelBuilder AddBedrockChatCompletionService(this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockKernelBuilderExtensions.cs
                public static IKernelBuilder AddBedrockChatClient(this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockKernelBuilderExtensions.cs
                public static IKernelBuilder AddBedrockTextGenerationService(this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockKernelBuilderExtensions.cs
                public static IKernelBuilder AddBedrockTextEmbeddingGenerationService(this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockKernelBuilderExtensions.cs
                public static IKernelBuilder AddBedrockEmbeddingGenerator(this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class BedrockServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddBedrockChatClient(this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Extensions/BedrockServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddBedrockEmbeddingGenerator(this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.Amazon
        {
            public sealed class BedrockChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Services/BedrockChatCompletionService.cs
                public BedrockChatCompletionService(string modelId, IAmazonBedrockRuntime bedrockRuntime, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class BedrockTextEmbeddingGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Services/BedrockTextEmbeddingGeneratorService.cs
                public BedrockTextEmbeddingGenerationService(string modelId, IAmazonBedrockRuntime bedrockRuntime, ILoggerFactory? loggerFactory = null) { }
            }
            public sealed class BedrockTextGenerationService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.Amazon/Bedrock/Services/BedrockTextGenerationService.cs
                public BedrockTextGenerationService(string modelId, IAmazonBedrockRuntime bedrockRuntime, ILoggerFactory? loggerFactory = null) { }
            }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Connectors.AzureAIInference (not served; the public members with a model parameter, from the connector's sources; the IServiceCollection overloads in Microsoft.SemanticKernel mirror the IKernelBuilder ones and are listed in Data/sink-shapes.md only). Needs: Microsoft.SemanticKernel 1.82.0, Azure.AI.Inference 1.0.0-beta.5, Azure.Core (served).</summary>
    public const string SemanticKernelConnectorsAzureAIInference = SemanticKernelUsings + "\n" + """
        using Azure.Core;
        using Azure.AI.Inference;

        namespace Microsoft.SemanticKernel
        {
            public static class AzureAIInferenceKernelBuilderExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatCompletion(this IKernelBuilder builder, string modelId, string? apiKey = null, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatCompletion(this IKernelBuilder builder, string modelId, TokenCredential credential, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatCompletion(this IKernelBuilder builder, string modelId, ChatCompletionsClient? chatClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatClient(this IKernelBuilder builder, string modelId, string? apiKey = null, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatClient(this IKernelBuilder builder, string modelId, TokenCredential credential, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceKernelBuilderExtensions.cs
                public static IKernelBuilder AddAzureAIInferenceChatClient(this IKernelBuilder builder, string modelId, ChatCompletionsClient? chatClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class AzureAIInferenceServiceCollectionExtensions
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddAzureAIInferenceEmbeddingGenerator(this IServiceCollection services, string modelId, string? apiKey = null, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddAzureAIInferenceEmbeddingGenerator(this IServiceCollection services, string modelId, TokenCredential credential, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddAzureAIInferenceChatClient(this IServiceCollection services, string modelId, string? apiKey = null, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddAzureAIInferenceChatClient(this IServiceCollection services, string modelId, TokenCredential credential, Uri? endpoint = null, HttpClient? httpClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Extensions/AzureAIInferenceServiceCollectionExtensions.DependencyInjection.cs
                public static IServiceCollection AddAzureAIInferenceChatClient(this IServiceCollection services, string modelId, ChatCompletionsClient? chatClient = null, string? serviceId = null, string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) => throw null!;
            }
        }
        namespace Microsoft.SemanticKernel.Connectors.AzureAIInference
        {
            public sealed class AzureAIInferenceChatCompletionService
            {
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Services/AzureAIInferenceChatCompletionService.cs
                public AzureAIInferenceChatCompletionService(string modelId, string? apiKey = null, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Services/AzureAIInferenceChatCompletionService.cs
                public AzureAIInferenceChatCompletionService(string? modelId, TokenCredential credential, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
                // microsoft/semantic-kernel/dotnet/src/Connectors/Connectors.AzureAIInference/Services/AzureAIInferenceChatCompletionService.cs
                public AzureAIInferenceChatCompletionService(string? modelId, ChatCompletionsClient chatClient, ILoggerFactory? loggerFactory = null) { }
            }
        }
        """;
}
