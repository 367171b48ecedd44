using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>
/// Fix All with the first action's key ("use the best compliant model"): one pass over a document, project or
/// solution, each site getting the best model for its own context.
/// </summary>
public class FixAllTests
{
    [Fact]
    public async Task Fix_all_gives_each_site_its_own_best_model()
    {
        var test = Verify.Create("""
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Summarize() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");

                [Edge, Multimodal(Modality.Audio)]
                void Listen() => new OpenAI.Chat.ChatClient({|MP0003:"pocket-slm"|}, "key");

                [Multimodal(Modality.Image)]
                void Inspect() => new OpenAI.Chat.ChatClient({|MP0003:"llama3.1:8b"|}, "key");

                [LowLatency]
                ChatOptions Caption() => new ChatOptions { ModelId = {|MP0002:"gpt-4.1"|} };

                [Edge, LowLatency]
                void Suggest() => new OpenAI.Chat.ChatClient({|MP0001:{|MP0002:"llama3.1:70b"|}|}, "key");

                [Edge]
                object Client() => {|MP0001:new Contoso.Models.Gpt4oClient()|};
            }

            namespace Contoso.Models
            {
                [ModelPolicies.ModelClient("gpt-4o")] public sealed class Gpt4oClient { }
                [ModelPolicies.ModelClient("pocket-slm")] public sealed class PocketSlmClient { }
            }
            """, """
            using Microsoft.Extensions.AI;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Summarize() => new OpenAI.Chat.ChatClient("pocket-slm", "key");

                [Edge, Multimodal(Modality.Audio)]
                void Listen() => new OpenAI.Chat.ChatClient("gemma-3n-e2b", "key");

                [Multimodal(Modality.Image)]
                void Inspect() => new OpenAI.Chat.ChatClient("edge-vision", "key");

                [LowLatency]
                ChatOptions Caption() => new ChatOptions { ModelId = "pocket-slm" };

                [Edge, LowLatency]
                void Suggest() => new OpenAI.Chat.ChatClient("pocket-slm", "key");

                [Edge]
                object Client() => new Contoso.Models.PocketSlmClient();
            }

            namespace Contoso.Models
            {
                [ModelPolicies.ModelClient("gpt-4o")] public sealed class Gpt4oClient { }
                [ModelPolicies.ModelClient("pocket-slm")] public sealed class PocketSlmClient { }
            }
            """);
        await test.RunAsync();
    }

    // 'smollm2-135m' is among the first three candidates for 'gpt-4o' (built-ins by size), not for a Llama
    // model (Meta's own small models come first) nor where audio is needed.
    [Fact]
    public async Task Fix_all_with_an_alternatives_key_uses_that_model_wherever_it_is_offered()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Summarize() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");

                [Edge]
                void Title() => new OpenAI.Chat.ChatClient({|MP0001:"llama3.1:70b"|}, "key");

                [Edge, Multimodal(Modality.Audio)]
                void Listen() => new OpenAI.Chat.ChatClient({|MP0003:"pocket-slm"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Summarize() => new OpenAI.Chat.ChatClient("smollm2-135m", "key");

                [Edge]
                void Title() => new OpenAI.Chat.ChatClient({|MP0001:"llama3.1:70b"|}, "key");

                [Edge, Multimodal(Modality.Audio)]
                void Listen() => new OpenAI.Chat.ChatClient({|MP0003:"pocket-slm"|}, "key");
            }
            """);
        test.CodeActionEquivalenceKey = UseCompliantModelFixer.CandidateKey("smollm2-135m");
        await test.RunAsync();
    }

    // Three clients of gpt-4o (two hand-written, one of the generated shape that wraps an inner client) and three of
    // pocket-slm: each site gets the pocket-slm client that compiles there and is shaped most like the one it
    // replaces, whatever their order by name.
    private const string Clients = """

        namespace FieldNotes
        {
            [ModelPolicies.ModelClient("gpt-4o")]
            public sealed class CloudGateway
            {
                public string Ask(string prompt) => prompt;
            }

            [ModelPolicies.ModelClient("gpt-4o")]
            public sealed class CloudAssistant
            {
                public CloudAssistant(int maxTokens) { }
                public string Ask(string prompt) => prompt;
            }

            [ModelPolicies.ModelClient("gpt-4o")]
            public sealed class CloudChatClient : ModelPolicies.ModelChatClient
            {
                public CloudChatClient(Microsoft.Extensions.AI.IChatClient innerClient)
                    : base(innerClient, new ModelPolicies.ModelDescriptor("gpt-4o", ModelPolicies.ModelClass.Fm, ModelPolicies.ModelSize.FromTier(ModelPolicies.ModelSizeTier.Large), ModelPolicies.Modality.Text, ModelPolicies.ModelDeployment.Cloud))
                {
                }
            }

            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class DeviceAssistant
            {
                public DeviceAssistant() { }
                public DeviceAssistant(int maxTokens) { }
                public string Ask(string prompt) => prompt;
            }

            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class OnDeviceGateway
            {
                public string Ask(string prompt) => prompt;
            }

            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class PocketChatClient : ModelPolicies.ModelChatClient
            {
                public PocketChatClient(Microsoft.Extensions.AI.IChatClient innerClient)
                    : base(innerClient, new ModelPolicies.ModelDescriptor("pocket-slm", ModelPolicies.ModelClass.Slm, ModelPolicies.ModelSize.FromParameters(3000000000L), ModelPolicies.Modality.Text, ModelPolicies.ModelDeployment.Local))
                {
                }
            }
        }
        """;

    // Typed-client sites of every kind — construction into a local, typeof, a constructor with an argument, a wrapped
    // inner client, injection through a primary constructor — and a model id at a sink, all in [Edge] code.
    private const string Sites = """
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        namespace FieldNotes
        {
            public static class Notes
            {
                [Edge]
                public static string Summarize(string note)
                {
                    var gateway = {|MP0001:new CloudGateway()|};
                    return {|MP0001:gateway.Ask(note)|};
                }

                [Edge]
                public static System.Type Registered() => {|MP0001:typeof(CloudGateway)|};

                [Edge]
                public static object Brief() => {|MP0001:new CloudAssistant(256)|};

                [Edge]
                public static IChatClient Wrap(IChatClient inner) => {|MP0001:new CloudChatClient(inner)|};

                [Edge]
                public static void Title() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }

            [Edge]
            public sealed class Drafts(CloudGateway {|MP0001:gateway|})
            {
                private readonly CloudGateway _gateway = gateway;

                public string Draft(string note) => {|MP0001:_gateway.Ask(note)|};
            }
        }
        """ + Clients;

    [Fact]
    public async Task Fix_all_switches_each_typed_client_to_the_client_that_compiles_and_fits_there_best()
    {
        var test = Verify.Create(Sites, """
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static string Summarize(string note)
                    {
                        var gateway = new OnDeviceGateway();
                        return gateway.Ask(note);
                    }

                    [Edge]
                    public static System.Type Registered() => typeof(OnDeviceGateway);

                    [Edge]
                    public static object Brief() => new DeviceAssistant(256);

                    [Edge]
                    public static IChatClient Wrap(IChatClient inner) => new PocketChatClient(inner);

                    [Edge]
                    public static void Title() => new OpenAI.Chat.ChatClient("pocket-slm", "key");
                }

                [Edge]
                public sealed class Drafts(OnDeviceGateway gateway)
                {
                    private readonly OnDeviceGateway _gateway = gateway;

                    public string Draft(string note) => _gateway.Ask(note);
                }
            }
            """ + Clients);
        await test.RunAsync();
    }

    // DeviceAssistant's own action is offered where it is pocket-slm's second client type, after OnDeviceGateway: where
    // a gateway is constructed, named or injected. Where it is the first (the only one that compiles) it is
    // pocket-slm's action, under that model's key; it is not offered where an inner client is wrapped, nor for a
    // model id.
    [Fact]
    public async Task Fix_all_with_a_client_types_key_switches_to_that_type_wherever_it_is_offered()
    {
        var test = Verify.Create(Sites, """
            using Microsoft.Extensions.AI;
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static string Summarize(string note)
                    {
                        var gateway = new DeviceAssistant();
                        return gateway.Ask(note);
                    }

                    [Edge]
                    public static System.Type Registered() => typeof(DeviceAssistant);

                    [Edge]
                    public static object Brief() => {|MP0001:new CloudAssistant(256)|};

                    [Edge]
                    public static IChatClient Wrap(IChatClient inner) => {|MP0001:new CloudChatClient(inner)|};

                    [Edge]
                    public static void Title() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
                }

                [Edge]
                public sealed class Drafts(DeviceAssistant gateway)
                {
                    private readonly DeviceAssistant _gateway = gateway;

                    public string Draft(string note) => _gateway.Ask(note);
                }
            }
            """ + Clients);
        test.CodeActionEquivalenceKey = UseCompliantModelFixer.ClientKey("FieldNotes.DeviceAssistant", "pocket-slm");
        await test.RunAsync();
    }
}
