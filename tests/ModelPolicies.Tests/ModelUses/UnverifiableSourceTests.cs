using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Sdks.SdkVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>
/// docs/rules/MP0007.md, "Message": an id that is not known at build time is reported with where it comes from, one case
/// per kind of source, and the message points to run-time enforcement for what only the deployment knows. (A
/// configuration key that no settings file sets: Configuration/ConfigurationSourcedIdTests.cs.)
/// </summary>
public class UnverifiableSourceTests
{
    private const string ChatSink = "parameter 'model' of 'GetChatClient'";

    private static DiagnosticResult Unverifiable(int location, string source, string sink = ChatSink, string site = "Run") =>
        Verify.Diagnostic("MP0007").WithLocation(location).WithArguments(site, sink, "[Edge] (local, ≤ 15B)", source);

    [Fact]
    public async Task The_message_names_where_the_value_comes_from_and_run_time_enforcement_as_the_remedy()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            using OpenAI;

            class Assistant
            {
                [Edge]
                void Run(OpenAIClient openAI) => openAI.GetChatClient({|#0:Environment.GetEnvironmentVariable("CHAT_MODEL")|});
            }
            """,
            new string[0],
            Verify.Diagnostic("MP0007").WithLocation(0).WithMessage(
                "'Run' passes a model id that is not known at build time (environment variable 'CHAT_MODEL') to parameter 'model' of 'GetChatClient', "
                + "so it cannot be checked against [Edge] (local, ≤ 15B); use a constant id or a typed client, or enforce the policy at run time with UseModelPolicy (docs/runtime.md)"));
    }

    [Fact]
    public async Task Parameters_of_methods_constructors_and_lambdas_are_named()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            using OpenAI;

            [Edge]
            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                public Assistant(string model) => _openAI.GetChatClient({|#1:model|});

                public void Run(string model)
                {
                    _openAI.GetChatClient({|#0:model|});
                    Func<string, object> create = deployment => _openAI.GetChatClient({|#2:deployment|});
                }
            }
            """,
            new string[0],
            Unverifiable(0, "parameter 'model' of 'Run'"),
            Unverifiable(1, "parameter 'model' of 'Assistant'", site: "Assistant"),
            Unverifiable(2, "parameter 'deployment' of 'a lambda'", site: "lambda in Run"));
    }

    [Fact]
    public async Task Environment_variables_fields_properties_and_indexers_are_named_and_readonly_fields_followed_to_their_source()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using ModelPolicies;
            using OpenAI;

            sealed class AiSettings
            {
                public string ChatModel { get; set; } = "";
            }

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");
                private readonly Dictionary<string, string> _deployments = new();
                private readonly string _configured;
                private string _current = "phi-4-mini";

                public Assistant(AiSettings settings) => _configured = settings.ChatModel;

                [Edge]
                void Run(AiSettings settings)
                {
                    _openAI.GetChatClient({|#0:Environment.GetEnvironmentVariable("CHAT_MODEL")!|});
                    _openAI.GetChatClient({|#1:_current|});
                    _openAI.GetChatClient({|#2:_configured|});
                    _openAI.GetChatClient({|#3:settings.ChatModel|});
                    _openAI.GetChatClient({|#4:_deployments["chat"]|});
                }
            }
            """,
            new string[0],
            Unverifiable(0, "environment variable 'CHAT_MODEL'"),
            Unverifiable(1, "field '_current'"),
            Unverifiable(2, "property 'ChatModel'"),
            Unverifiable(3, "property 'ChatModel'"),
            Unverifiable(4, "key 'chat' of 'Dictionary'"));
    }

    [Fact]
    public async Task Invocation_results_awaited_or_not_locals_and_computed_values_are_named()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using LLama.Common;
            using ModelPolicies;
            using OpenAI;

            class Assistant
            {
                private readonly OpenAIClient _openAI = new("key");

                static string PickModel(int tokens) => tokens > 1000 ? "phi-4" : "phi-4-mini";

                static Task<string> FetchModelAsync() => Task.FromResult("phi-4-mini");

                [Edge]
                async Task Run(Dictionary<string, string> cache, string family, string dir, string file)
                {
                    _openAI.GetChatClient({|#0:PickModel(200)|});
                    _openAI.GetChatClient({|#1:await FetchModelAsync()|});
                    cache.TryGetValue("chat", out var cached);
                    _openAI.GetChatClient({|#2:cached|});
                    _openAI.GetChatClient({|#3:family + "-mini"|});
                    _ = new ModelParams({|#4:Path.Combine(dir, file)|});
                }
            }
            """,
            new string[0],
            Unverifiable(0, "the result of 'PickModel'"),
            Unverifiable(1, "the result of 'FetchModelAsync'"),
            Unverifiable(2, "local 'cached'"),
            Unverifiable(3, "a value computed at run time"),
            Unverifiable(4, "parameter 'file' of 'Run'", "parameter 'modelPath' of '.ctor'"));
    }
}
