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
}
