using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>Half-typed code never makes an analyzer throw; without ModelPolicies, nothing runs.</summary>
public class RobustnessTests
{
    // A realistic file, cut at many points to stand in for code being typed.
    private const string RealisticFile = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        [assembly: ModelCatalogEntry("house-slm", ModelClass.Slm, Parameters = "2B", Deployment = ModelDeployment.Local)]

        namespace FieldService
        {
            [ModelClient("gpt-4o")]
            public sealed class Gpt4oClient { public string Ask(string p) => p; }

            [Edge]
            public sealed class NoteSummarizer(Gpt4oClient client)
            {
                private static readonly string Model = "phi-4-mini";
                private readonly ChatOptions _options = new() { ModelId = "gpt-4o" };

                [LowLatency(MaxMilliseconds = 200)]
                public async Task<string> SummarizeAsync(string note, string? configured)
                {
                    var modelId = configured ?? "llama3.1";
                    _ = new OpenAI.Chat.ChatClient(modelId, "key");
                    Func<string, string> polish = [Multimodal(Modality.Image)] (s) => client.Ask(s);
                    await Task.Yield();
                    return Helper(note) + Model;

                    [AllowModel("gpt-4o", Justification = "why")]
                    static string Helper(string n) => new Gpt4oClient().Ask(n);
                }

                [UsesModel("gpt-4o")]
                public string Polish(string text) => Cycle(text, 3);

                private string Cycle(string text, int n) => n == 0 ? text : Cycle(Polish(text), n - 1);
            }
        }
        """;

    public static IEnumerable<object[]> Cuts()
    {
        for (var length = 0; length < RealisticFile.Length; length += 23)
        {
            yield return new object[] { length };
        }
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task Incomplete_code_never_makes_an_analyzer_throw(int length)
    {
        var source = RealisticFile.Substring(0, length);
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            new[] { CSharpSyntaxTree.ParseText(source, path: "HalfTyped.cs"), CSharpSyntaxTree.ParseText(Sources.AiSdkStubs, path: "Stubs.cs") },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelUseAnalyzer(), new CatalogAnalyzer(), new UnsatisfiableContextAnalyzer(), new JustificationAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/models.json", RealisticFile.Length > length ? "{ \"models\": [ { \"id\": " : Sources.ProjectCatalog))),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Nothing_is_analyzed_without_a_reference_to_ModelPolicies()
    {
        var test = Verify.Create("""
            [System.AttributeUsage(System.AttributeTargets.All)]
            class EdgeAttribute : System.Attribute { }

            class App
            {
                [Edge]
                void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.All.Where(r => !r.Display!.EndsWith("ModelPolicies.dll", StringComparison.Ordinal)));
        await test.RunAsync();
    }
}
