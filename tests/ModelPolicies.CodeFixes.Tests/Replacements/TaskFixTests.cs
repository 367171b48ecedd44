using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelTaskAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>docs/rules/MP0013.md, "Code fixes": the model is replaced by one that performs the sink's task, its provider's first.</summary>
public class TaskFixTests
{
    [Fact]
    public async Task A_chat_model_at_an_embedding_sink_becomes_the_providers_embedding_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Search
            {
                static void Index([ModelId(Task = ModelTask.Embedding)] string model) { }

                void Run() => Index({|#0:"gpt-4o"|});
            }
            """, """
            using ModelPolicies;
            class Search
            {
                static void Index([ModelId(Task = ModelTask.Embedding)] string model) { }

                void Run() => Index("text-embedding-3-large");
            }
            """,
            null,
            Verify.Diagnostic("MP0013").WithLocation(0).WithArguments("Run", "gpt-4o", "FM", "chat", "embedding", ", such as 'text-embedding-3-large'"));
    }

    [Fact]
    public async Task An_embedding_model_at_a_chat_sink_outside_any_context_becomes_a_chat_model_written_where_it_was()
    {
        await Verify.VerifyAsync("""
            class Assistant
            {
                private const string Model = "text-embedding-3-small";

                void Run() => new OpenAI.Chat.ChatClient({|#0:Model|}, "key").Complete("hi");
            }
            """, """
            class Assistant
            {
                private const string Model = "gpt-oss-20b";

                void Run() => new OpenAI.Chat.ChatClient(Model, "key").Complete("hi");
            }
            """,
            null,
            Verify.Diagnostic("MP0013").WithLocation(0).WithArguments("Run", "text-embedding-3-small", "SLM", "embedding", "chat", ", such as 'gpt-oss-20b'"));
    }

    [Fact]
    public async Task In_a_context_the_replacement_also_meets_its_requirements()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Search
            {
                static void Index([ModelId(Task = ModelTask.Embedding)] string model) { }

                [Edge]
                void Run() => Index({|#0:"phi-4-mini"|});
            }
            """, """
            using ModelPolicies;
            class Search
            {
                static void Index([ModelId(Task = ModelTask.Embedding)] string model) { }

                [Edge]
                void Run() => Index("e5-small-v2");
            }
            """,
            null,
            Verify.Diagnostic("MP0013").WithLocation(0).WithArguments("Run", "phi-4-mini", "SLM", "chat", "embedding", ", such as 'e5-small-v2'"));
    }
}
