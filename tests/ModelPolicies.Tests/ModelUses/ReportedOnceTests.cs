using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>
/// Each value that can reach a sink is judged, and each choice of a model is one diagnostic: the defects of issue 13
/// (an unknown part hidden by a known one; two warnings for one expression; an exemption that did not travel).
/// </summary>
public class ReportedOnceTests
{
    private const string Gateways = """

        [ModelPolicies.ModelClient("gpt-4o")]
        public sealed class CloudGateway
        {
            public string Ask(string prompt) => prompt;
            public CloudGateway Self => this;
            public static CloudGateway Create() => new CloudGateway();
            public static string Name => "cloud";
        }
        """;

    private static DiagnosticResult Edge(int location, string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", "");

    private static DiagnosticResult Unverifiable(int location, string source = "parameter 'fromConfig' of 'Run'", string site = "Run") =>
        Verify.Diagnostic("MP0007").WithLocation(location).WithArguments(site, "parameter 'model' of '.ctor'", "[Edge] (local, ≤ 15B)", source);

    [Fact]
    public async Task A_coalesce_reports_the_known_fallback_and_the_unknown_value_beside_it()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(string? fromConfig)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:fromConfig ?? "gpt-4o"|}, "key");
                }
            }
            """,
            Edge(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Unverifiable(0));
    }

    [Fact]
    public async Task Conditional_arms_and_a_local_assigned_both_ways_report_each_value()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run(bool cloud, string fromConfig)
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:cloud ? "gpt-4o" : fromConfig|}, "key");

                    var model = "gpt-4o";
                    if (!cloud)
                    {
                        model = fromConfig;
                    }

                    _ = new OpenAI.Chat.ChatClient({|#1:model|}, "key");
                }
            }
            """,
            Edge(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Unverifiable(0),
            Edge(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Unverifiable(1));
    }

    [Fact]
    public async Task A_coalesce_whose_value_is_a_constant_never_reaches_its_fallback()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            class App
            {
                const string Preferred = "phi-4-mini";

                [Edge]
                void Run()
                {
                    _ = new OpenAI.Chat.ChatClient({|#0:Preferred ?? "gpt-4o"|}, "key");
                }
            }
            """);
    }

    [Fact]
    public async Task Construction_and_member_access_in_one_expression_is_one_use()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                string Run(string prompt) => {|#0:new CloudGateway()|}.Ask(prompt);
            }
            """ + Gateways,
            Edge(0));
    }

    [Fact]
    public async Task Chains_on_one_use_stay_one_and_typeof_is_one()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run(string prompt)
                {
                    _ = {|#0:CloudGateway.Create()|}.Self.Ask(prompt);
                    _ = {|#1:typeof(CloudGateway)|}.Name;
                    _ = {|#2:new CloudGateway()|}.Self;
                }
            }
            """ + Gateways,
            Edge(0),
            Edge(1),
            Edge(2));
    }

    [Fact]
    public async Task Two_separate_uses_on_one_line_stay_two()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                void Run(CloudGateway gateway, string prompt)
                {
                    _ = {|#0:gateway.Ask(prompt)|} + {|#1:gateway.Ask(prompt)|} + {|#2:new CloudGateway()|}.Ask(prompt) + {|#3:CloudGateway.Name|};
                }
            }
            """ + Gateways,
            Edge(0),
            Edge(1),
            Edge(2),
            Edge(3));
    }

    [Fact]
    public async Task An_exemption_where_the_model_is_used_covers_callers_whose_requirements_it_carries()
    {
        // [assembly: Edge]: every caller is edge code. Draft is [Edge] (from the assembly) and [LowLatency], and exempts
        // gpt-4o: callers that are edge-only, or edge and low-latency, are covered; a caller that also needs audio is not.
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [assembly: Edge]
            class Writer
            {
                [LowLatency, AllowModel("gpt-4o", Justification = "the drafting service is on-premises")]
                public string Draft() => new OpenAI.Chat.ChatClient("gpt-4o", "key").Complete("draft");
            }

            class Callers
            {
                void Plain(Writer writer) => writer.Draft();

                [LowLatency]
                void Fast(Writer writer) => writer.Draft();

                [Multimodal(Modality.Audio)]
                void Calls(Writer writer) => {|#0:writer.Draft()|};
            }
            """,
            Verify.Diagnostic("MP0010").WithLocation(0).WithArguments("Calls", "[Edge] and [Multimodal]", "Draft", "gpt-4o", "FM", "cloud only; takes text, image only, no audio"));
    }
}
