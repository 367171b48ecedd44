using System.Threading.Tasks;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>"Use a compliant model" on typed clients: the client type is switched to the candidate's [ModelClient] type.</summary>
public class ClientReplacementTests
{
    // Typed clients as the generator emits them: in their own namespace, bound by attribute. Only some catalog
    // models have one; 'edge-vision', the second edge candidate, has none.
    private const string Clients = """

        namespace Contoso.Models
        {
            [ModelPolicies.ModelClient("gpt-4o")]
            public sealed class Gpt4oClient
            {
                public const string ModelId = "gpt-4o";
                public string Ask(string prompt) => prompt;
                public string Describe(byte[] image) => "";
                public static Gpt4oClient Create() => new Gpt4oClient();
            }

            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class PocketSlmClient
            {
                public const string ModelId = "pocket-slm";
                public string Ask(string prompt) => prompt;
            }

            [ModelPolicies.ModelClient("smollm2-135m")]
            public sealed class SmolLM2135mClient
            {
                public const string ModelId = "smollm2-135m";
                public string Ask(string prompt) => prompt;
            }
        }
        """;

    private static DiagnosticResult Edge(int location, string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", "");

    [Fact]
    public async Task Construction_switches_to_the_best_models_client_written_as_the_old_one_was()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                string Run()
                {
                    var client = {|#0:new Contoso.Models.Gpt4oClient()|};
                    return {|#1:client.Ask("hi")|};
                }
            }
            """ + Clients, """
            using ModelPolicies;
            class App
            {
                [Edge]
                string Run()
                {
                    var client = new Contoso.Models.PocketSlmClient();
                    return client.Ask("hi");
                }
            }
            """ + Clients,
            expected: new[] { Edge(0), Edge(1) });
    }

    [Fact]
    public async Task Declared_type_of_the_variable_switches_with_the_construction()
    {
        await Verify.VerifyAsync("""
            using Contoso.Models;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    Gpt4oClient client = {|#0:new Gpt4oClient()|};
                }
            }
            """ + Clients, """
            using Contoso.Models;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run()
                {
                    PocketSlmClient client = new PocketSlmClient();
                }
            }
            """ + Clients,
            expected: Edge(0));
    }

    // Each name is written as the old one was: qualified stays qualified, a name imported by a using stays short.
    [Fact]
    public async Task Typeof_type_argument_DI_resolution_and_static_member_switch_client()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.DependencyInjection;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(IServiceProvider services)
                {
                    _ = {|#0:typeof(Contoso.Models.Gpt4oClient)|};
                    _ = {|#1:new List<Contoso.Models.Gpt4oClient>()|};
                    _ = {|#2:services.GetRequiredService<Contoso.Models.Gpt4oClient>()|};
                    _ = {|#3:Contoso.Models.Gpt4oClient.ModelId|};
                }
            }
            """ + Clients, """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.DependencyInjection;
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(IServiceProvider services)
                {
                    _ = typeof(Contoso.Models.PocketSlmClient);
                    _ = new List<Contoso.Models.PocketSlmClient>();
                    _ = services.GetRequiredService<Contoso.Models.PocketSlmClient>();
                    _ = Contoso.Models.PocketSlmClient.ModelId;
                }
            }
            """ + Clients,
            expected: new[] { Edge(0), Edge(1), Edge(2), Edge(3) });
    }

    [Fact]
    public async Task Injected_constructor_parameter_and_the_field_it_is_stored_in_switch_client()
    {
        await Verify.VerifyAsync("""
            using Contoso.Models;
            using ModelPolicies;
            [Edge]
            class Notes
            {
                private readonly Gpt4oClient _client;

                public Notes(Gpt4oClient {|#0:client|})
                {
                    _client = client;
                }

                public string Summarize(string note) => {|#1:_client.Ask(note)|};
            }
            """ + Clients, """
            using Contoso.Models;
            using ModelPolicies;
            [Edge]
            class Notes
            {
                private readonly PocketSlmClient _client;

                public Notes(PocketSlmClient client)
                {
                    _client = client;
                }

                public string Summarize(string note) => _client.Ask(note);
            }
            """ + Clients,
            expected: new[] { Edge(0, "Notes"), Edge(1, "Summarize") });
    }

    [Fact]
    public async Task Primary_constructor_parameter_and_the_field_it_initializes_switch_client()
    {
        await Verify.VerifyAsync("""
            using Contoso.Models;
            using ModelPolicies;
            [Edge]
            class Summaries(Gpt4oClient {|#0:client|})
            {
                private readonly Gpt4oClient _client = client;

                public string Summarize(string note) => {|#1:_client.Ask(note)|};
            }
            """ + Clients, """
            using Contoso.Models;
            using ModelPolicies;
            [Edge]
            class Summaries(PocketSlmClient client)
            {
                private readonly PocketSlmClient _client = client;

                public string Summarize(string note) => _client.Ask(note);
            }
            """ + Clients,
            expected: new[] { Edge(0, "Summaries"), Edge(1, "Summarize") });
    }

    [Fact]
    public async Task Only_candidates_with_a_client_type_are_offered_for_a_typed_client()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;
            class App
            {
                [Edge]
                object Run() => new Contoso.Models.Gpt4oClient();
            }
            """ + Clients);

        Assert.Equal(
            new[]
            {
                new OfferedFix("MP0001", "Use 'pocket-slm' (SLM, 3B, runs locally)", "ModelPolicies.UseBestCompliantModel"),
                new OfferedFix("MP0001", "Use 'smollm2-135m' (SLM, 135M, runs locally)", "ModelPolicies.UseCompliantModel:smollm2-135m"),
            },
            offered);
    }

    [Fact]
    public async Task Switch_that_would_not_compile_is_not_offered()
    {
        // Neither compliant client has Create() or an image overload: no switch keeps this code compiling.
        await Verify.VerifyNoFixAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(byte[] photo)
                {
                    _ = {|#0:Contoso.Models.Gpt4oClient.Create()|};
                    Contoso.Models.Gpt4oClient client = {|#1:new Contoso.Models.Gpt4oClient()|};
                    _ = {|#2:client.Describe(photo)|};
                }
            }
            """ + Clients,
            Edge(0), Edge(1), Edge(2));
    }

    [Fact]
    public async Task Member_access_through_an_instance_has_no_switch_of_its_own()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;
            class App
            {
                [Edge]
                string Run(Contoso.Models.Gpt4oClient client) => client.Ask("hi");
            }
            """ + Clients);

        Assert.Empty(offered);
    }
}
