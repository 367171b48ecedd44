using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Tests.Infrastructure;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.UseCompliantModelFixer>;

namespace ModelPolicies.CodeFixes.Tests.Replacements;

/// <summary>
/// "Use a compliant model" on a typed client when the compliant model has several client types — the generated one
/// and hand-written ones, the project's own and a library's: each type whose switch compiles is offered, the one
/// shaped like the replaced type first.
/// </summary>
public class ClientChoiceTests
{
    // A hand-written cloud client, as a team writes one around its own gateway.
    private const string CloudGateway = """

        namespace FieldNotes
        {
            [ModelPolicies.ModelClient("gpt-4o")]
            public sealed class CloudGateway
            {
                public string Ask(string prompt) => "cloud: " + prompt;
            }
        }
        """;

    // A client of the generated shape (wraps an inner IChatClient), listed first by namespace and name.
    private const string WrappingClient = """

        namespace FieldNotes.Models
        {
            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class PocketSlmClient : ModelPolicies.ModelChatClient
            {
                public PocketSlmClient(Microsoft.Extensions.AI.IChatClient innerClient)
                    : base(innerClient, new ModelPolicies.ModelDescriptor("pocket-slm", ModelPolicies.ModelClass.Slm, ModelPolicies.ModelSize.FromParameters(3000000000L), ModelPolicies.Modality.Text, ModelPolicies.ModelDeployment.Local))
                {
                }
            }
        }
        """;

    // Shaped as CloudGateway is: a parameterless constructor and Ask(string).
    private const string OnDeviceGateway = """

        namespace FieldNotes
        {
            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class OnDeviceGateway
            {
                public string Ask(string prompt) => "device: " + prompt;
            }
        }
        """;

    // Compiles wherever CloudGateway is constructed and asked, but has more to it.
    private const string DeviceAssistant = """

        namespace FieldNotes
        {
            [ModelPolicies.ModelClient("pocket-slm")]
            public sealed class DeviceAssistant
            {
                public DeviceAssistant() { }
                public DeviceAssistant(int maxTokens) { }
                public string Ask(string prompt) => prompt;
                public string Ask(string prompt, int maxTokens) => prompt;
            }
        }
        """;

    private static DiagnosticResult Edge(int location, string site = "Summarize", string suggestion = "pocket-slm") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, "gpt-4o", "FM", "cloud only", $", such as '{suggestion}'", "");

    // The reported shape: the generated Phi4MiniClient (from [assembly: ModelClient]) needs an inner client, the
    // hand-written gateway of the same model does not, and sorts after it. The generated clients of the project
    // catalog's models (PocketSlmClient, EdgeVisionClient) do not compile here either.
    [Fact]
    public async Task Generated_client_that_would_not_compile_gives_way_to_the_hand_written_client_of_the_same_model()
    {
        var generated = GeneratedClients.For("""[assembly: ModelPolicies.ModelClient("phi-4-mini")]""", rootNamespace: "FieldNotes");
        Assert.Contains("public sealed partial class Phi4MiniClient", generated, System.StringComparison.Ordinal);

        var test = Verify.Create("""
            [assembly: ModelPolicies.ModelClient("phi-4-mini")]

            namespace FieldNotes
            {
                using ModelPolicies;

                public static class Notes
                {
                    [Edge]
                    public static string Summarize(string prompt)
                    {
                        var gateway = {|#0:new CloudGateway()|};
                        return {|#1:gateway.Ask(prompt)|};
                    }
                }

                [ModelClient("phi-4-mini")]
                public sealed class OnDevicePhi
                {
                    public string Ask(string prompt) => "device: " + prompt;
                }
            }
            """ + CloudGateway, """
            [assembly: ModelPolicies.ModelClient("phi-4-mini")]

            namespace FieldNotes
            {
                using ModelPolicies;

                public static class Notes
                {
                    [Edge]
                    public static string Summarize(string prompt)
                    {
                        var gateway = new OnDevicePhi();
                        return gateway.Ask(prompt);
                    }
                }

                [ModelClient("phi-4-mini")]
                public sealed class OnDevicePhi
                {
                    public string Ask(string prompt) => "device: " + prompt;
                }
            }
            """ + CloudGateway);
        test.TestState.Sources.Add(("ModelClients.g.cs", generated));
        test.FixedState.Sources.Add(("ModelClients.g.cs", generated));
        test.ExpectedDiagnostics.AddRange(new[] { Edge(0), Edge(1) });
        await test.RunAsync();
    }

    // One expression, as the issue has it: the construction and the call on it are one choice of model, so
    // whichever of them is reported, the fix is the same switch.
    [Fact]
    public async Task Construction_with_a_call_on_it_is_offered_the_client_that_compiles_not_only_an_exemption()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static string Summarize(string prompt) => new CloudGateway().Ask(prompt);
                }
            }
            """ + CloudGateway + WrappingClient + OnDeviceGateway, apply: true);

        Assert.Equal(
            new[] { new OfferedFix("MP0001", "Use 'pocket-slm' (SLM, 3B, runs locally)", "ModelPolicies.UseBestCompliantModel") },
            offered.Distinct());
    }

    [Fact]
    public async Task Client_whose_constructor_differs_is_skipped_for_the_one_that_compiles()
    {
        await Verify.VerifyAsync(
            Summarize("CloudGateway gateway = {|#0:new CloudGateway()|}", "{|#1:gateway.Ask(prompt)|}") + CloudGateway + WrappingClient + OnDeviceGateway,
            Summarize("OnDeviceGateway gateway = new OnDeviceGateway()") + CloudGateway + WrappingClient + OnDeviceGateway,
            expected: new[] { Edge(0), Edge(1) });
    }

    [Fact]
    public async Task Every_client_that_compiles_is_offered_the_same_shaped_one_first_each_title_naming_its_type()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static object Create() => new CloudGateway();
                }
            }
            """ + CloudGateway + DeviceAssistant + OnDeviceGateway + WrappingClient, apply: true);

        Assert.Equal(
            new[]
            {
                new OfferedFix("MP0001", "Use 'pocket-slm' (SLM, 3B, runs locally) via 'OnDeviceGateway'", "ModelPolicies.UseBestCompliantModel"),
                new OfferedFix("MP0001", "Use 'pocket-slm' (SLM, 3B, runs locally) via 'DeviceAssistant'", "ModelPolicies.UseCompliantClient:FieldNotes.DeviceAssistant:pocket-slm"),
            },
            offered);
    }

    // DeviceAssistant comes first by name, and compiles too; OnDeviceGateway is shaped as CloudGateway is.
    [Fact]
    public async Task Same_shaped_client_is_the_first_action()
    {
        await Verify.VerifyAsync(
            Summarize("var gateway = {|#0:new CloudGateway()|}", "{|#1:gateway.Ask(prompt)|}") + CloudGateway + DeviceAssistant + OnDeviceGateway,
            Summarize("var gateway = new OnDeviceGateway()") + CloudGateway + DeviceAssistant + OnDeviceGateway,
            expected: new[] { Edge(0), Edge(1) });
    }

    [Fact]
    public async Task Other_clients_action_switches_to_that_client()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static object Create() => {|#0:new CloudGateway()|};
                }
            }
            """ + CloudGateway + DeviceAssistant + OnDeviceGateway, """
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static object Create() => new DeviceAssistant();
                }
            }
            """ + CloudGateway + DeviceAssistant + OnDeviceGateway,
            "ModelPolicies.UseCompliantClient:FieldNotes.DeviceAssistant:pocket-slm",
            Edge(0, "Create"));
    }

    // Of two clients shaped alike, the project's own comes before a referenced library's; shape still comes first.
    [Fact]
    public async Task Projects_own_client_comes_before_a_referenced_librarys_of_the_same_shape()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static object Create() => new CloudGateway();
                }
            }
            """ + CloudGateway + OnDeviceGateway + DeviceAssistant, apply: true, references: new[] { Library("""
            namespace Contoso.Sdk
            {
                [ModelPolicies.ModelClient("pocket-slm")]
                public sealed class AGateway
                {
                    public string Ask(string prompt) => prompt;
                }
            }
            """) });

        Assert.Equal(
            new[]
            {
                "Use 'pocket-slm' (SLM, 3B, runs locally) via 'OnDeviceGateway'",
                "Use 'pocket-slm' (SLM, 3B, runs locally) via 'Contoso.Sdk.AGateway'",
                "Use 'pocket-slm' (SLM, 3B, runs locally) via 'DeviceAssistant'",
            },
            offered.Select(o => o.Title));
    }

    [Fact]
    public async Task Referenced_librarys_client_is_used_when_the_projects_own_would_not_compile()
    {
        var library = Library("""
            namespace Contoso.Sdk
            {
                [ModelPolicies.ModelClient("pocket-slm")]
                public sealed class LocalGateway
                {
                    public string Ask(string prompt) => prompt;
                }
            }
            """);
        var test = Verify.Create(
            Summarize("var gateway = {|#0:new CloudGateway()|}", "{|#1:gateway.Ask(prompt)|}") + CloudGateway + WrappingClient,
            Summarize("var gateway = new Contoso.Sdk.LocalGateway()") + CloudGateway + WrappingClient);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.AddRange(new[] { Edge(0), Edge(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task Injected_client_and_its_field_switch_to_the_client_that_compiles()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;

            namespace FieldNotes
            {
                [Edge]
                public sealed class Notes
                {
                    private readonly CloudGateway _gateway;

                    public Notes(CloudGateway {|#0:gateway|})
                    {
                        _gateway = gateway;
                    }

                    public string Summarize(string note) => {|#1:_gateway.Ask(note)|};
                }
            }
            """ + CloudGateway + WrappingClient + DeviceAssistant + OnDeviceGateway, """
            using ModelPolicies;

            namespace FieldNotes
            {
                [Edge]
                public sealed class Notes
                {
                    private readonly OnDeviceGateway _gateway;

                    public Notes(OnDeviceGateway gateway)
                    {
                        _gateway = gateway;
                    }

                    public string Summarize(string note) => _gateway.Ask(note);
                }
            }
            """ + CloudGateway + WrappingClient + DeviceAssistant + OnDeviceGateway,
            expected: new[] { Edge(0, "Notes"), Edge(1) });
    }

    // Switching to a type the analyzer binds to gpt-4o (its first [ModelClient]) would fix nothing.
    [Fact]
    public async Task Type_bound_to_two_models_is_a_client_only_of_the_model_the_analyzer_binds_it_to()
    {
        var offered = await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>("""
            using ModelPolicies;

            namespace FieldNotes
            {
                public static class Notes
                {
                    [Edge]
                    public static object Create() => new CloudGateway();
                }

                [ModelClient("gpt-4o"), ModelClient("pocket-slm")]
                public sealed class HybridGateway
                {
                    public string Ask(string prompt) => prompt;
                }
            }
            """ + CloudGateway);

        Assert.Empty(offered);
    }

    // [Edge] code that creates a client into a local and asks it; in the code to fix, markup marks the two uses.
    private static string Summarize(string local, string call = "gateway.Ask(prompt)") => $$"""
        using ModelPolicies;

        namespace FieldNotes
        {
            public static class Notes
            {
                [Edge]
                public static string Summarize(string prompt)
                {
                    {{local}};
                    return {{call}};
                }
            }
        }
        """;

    // A library built against ModelPolicies, referenced as a compiled assembly.
    private static MetadataReference Library(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Contoso.Sdk",
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
