using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.AllowModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Exemptions;

/// <summary>"Allow this model here": [AllowModel] with a placeholder justification on the nearest context.</summary>
public class AllowModelFixerTests
{
    [Fact]
    public async Task AllowModel_is_added_to_the_method_using_the_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                /// <summary>Summarizes.</summary>
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }
            """, """
            using ModelPolicies;
            class App
            {
                /// <summary>Summarizes.</summary>
                [Edge]
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """);
    }

    [Fact]
    public async Task AllowModel_adds_the_using_when_ModelPolicies_is_not_imported()
    {
        await Verify.VerifyAsync("""
            using System;

            [ModelPolicies.Edge]
            class App
            {
                // Runs offline.
                public void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            }
            """, """
            using System;
            using ModelPolicies;

            [ModelPolicies.Edge]
            class App
            {
                // Runs offline.
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                public void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """);
    }

    [Fact]
    public async Task AllowModel_adds_the_using_once_below_the_header_of_a_file_without_usings()
    {
        await Verify.VerifyAsync("""
            // Copyright (c) Contoso.
            namespace Contoso.Notes;

            [ModelPolicies.Edge]
            class App
            {
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");

                void Title() => new OpenAI.Chat.ChatClient({|MP0001:"llama3.1:70b"|}, "key");
            }
            """, """
            // Copyright (c) Contoso.
            using ModelPolicies;

            namespace Contoso.Notes;

            [ModelPolicies.Edge]
            class App
            {
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "key");

                [AllowModel("llama-3.1-70b", Justification = "TODO: say why this model is acceptable here")]
                void Title() => new OpenAI.Chat.ChatClient("llama3.1:70b", "key");
            }
            """);
    }

    [Fact]
    public async Task AllowModel_names_the_catalog_id_of_an_alias_and_the_id_as_written_of_an_unknown_model()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o-2024-08-06"|}, "key");

                void House() => new OpenAI.Chat.ChatClient({|MP0006:"house-model"|}, "key");
            }
            """, """
            using ModelPolicies;
            [Edge]
            class App
            {
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                void Run() => new OpenAI.Chat.ChatClient("gpt-4o-2024-08-06", "key");

                [AllowModel("house-model", Justification = "TODO: say why this model is acceptable here")]
                void House() => new OpenAI.Chat.ChatClient("house-model", "key");
            }
            """);
    }

    [Fact]
    public async Task AllowModel_goes_on_the_lambda_or_local_function_the_use_is_in()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run()
                {
                    Action ask = () => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
                    Local();

                    void Local() => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
                }
            }
            """, """
            using System;
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run()
                {
                    Action ask = [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")] () => new OpenAI.Chat.ChatClient("gpt-4o", "key");
                    Local();

                    [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                    void Local() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
                }
            }
            """);
    }

    [Fact]
    public async Task Before_CSharp_10_the_exemption_for_a_lambda_goes_on_the_member()
    {
        var test = Verify.Create("""
            using System;
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run()
                {
                    Action ask = () => new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
                }
            }
            """, """
            using System;
            using ModelPolicies;
            [Edge]
            class App
            {
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                void Run()
                {
                    Action ask = () => new OpenAI.Chat.ChatClient("gpt-4o", "key");
                }
            }
            """);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp9)));
        await test.RunAsync();
    }

    [Fact]
    public async Task AllowModel_for_an_injected_client_goes_on_the_constructor_or_the_type()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class Notes
            {
                public Notes(Gpt4oClient {|MP0001:client|}) { }
            }

            [Edge]
            class Summaries(Gpt4oClient {|MP0001:client|});

            [ModelClient("gpt-4o")]
            public sealed class Gpt4oClient { }
            """, """
            using ModelPolicies;
            [Edge]
            class Notes
            {
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                public Notes(Gpt4oClient client) { }
            }

            [Edge]
            [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
            class Summaries(Gpt4oClient client);

            [ModelClient("gpt-4o")]
            public sealed class Gpt4oClient { }
            """);
    }

    [Fact]
    public async Task Fix_all_adds_one_attribute_per_model_and_member()
    {
        var test = Verify.Create("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
                    _ = new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "other key");
                    _ = new OpenAI.Chat.ChatClient({|MP0001:"llama3.1:70b"|}, "key");
                }
            }
            """, """
            using ModelPolicies;
            class App
            {
                [Edge]
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                [AllowModel("llama-3.1-70b", Justification = "TODO: say why this model is acceptable here")]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient("gpt-4o", "key");
                    _ = new OpenAI.Chat.ChatClient("gpt-4o", "other key");
                    _ = new OpenAI.Chat.ChatClient("llama3.1:70b", "key");
                }
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        await test.RunAsync();
    }

    [Fact]
    public async Task Transitive_use_is_allowed_at_the_caller()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class Notes
            {
                [Edge]
                void Summarize() => {|MP0010:BuildPrompt()|};

                void BuildPrompt() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """, """
            using ModelPolicies;
            class Notes
            {
                [Edge]
                [AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")]
                void Summarize() => BuildPrompt();

                void BuildPrompt() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """);
    }

    [Fact]
    public async Task Top_level_statements_get_no_exemption()
    {
        var test = Verify.Create("""
            using ModelPolicies;

            [assembly: Edge]

            _ = new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            """, """
            using ModelPolicies;

            [assembly: Edge]

            _ = new OpenAI.Chat.ChatClient({|MP0001:"gpt-4o"|}, "key");
            """);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }
}
