using System.Collections.Generic;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.CodeFixes.Tests;

/// <summary>The fixers check before they offer: on half-typed code and odd shapes they offer less, and never throw.</summary>
public class RobustnessTests
{
    public static IEnumerable<object[]> OddCode => new[]
    {
        new object[] { """
            using ModelPolicies;
            class App
            {
                [Edge]
                void Run() { var c = new OpenAI.Chat.ChatClient("gpt-4o",
            }
            """ },
        new object[] { """
            using ModelPolicies;
            class App
            {
                const string Model = "gpt-4o" + ;
                [Edge] void Run() => new OpenAI.Chat.ChatClient(Model, "key");
            }
            """ },
        new object[] { """
            using System;
            using ModelPolicies;
            class App
            {
                static readonly Func<object> Ask = [Edge] () => new OpenAI.Chat.ChatClient("gpt-4o", "key");
                [Edge] object Typed() => new Gpt4oClient().Missing(;
            }

            [Edge]
            class Notes(Gpt4oClient client)
            {
                private readonly MissingType _client = client;
                private readonly Gpt4oClient _a = client, _b = client;
            }

            [ModelClient("gpt-4o")] public sealed class Gpt4oClient { }
            [ModelClient("pocket-slm")] public sealed class PocketSlmClient { }
            [ModelClient("")] public sealed class NamelessClient { }
            """ },
        new object[] { """
            using ModelPolicies;
            static class Helpers
            {
                [UsesModel("gpt-4o")] public static void Polish() { }
            }

            class App
            {
                [Edge] void Run() => Helpers.Polish();
                [Edge] void Unknown() => new OpenAI.Chat.ChatClient("house-model", "key");
                [Edge(MaxParameters = "1M")] void Tiny() => new OpenAI.Chat.ChatClient("gpt-4o", "key");
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(OddCode))]
    public async Task Model_use_fixes_never_throw(string source)
    {
        await OfferedFixes.ListAsync<ModelUseAnalyzer, UseCompliantModelFixer>(source, apply: true);
        await OfferedFixes.ListAsync<ModelUseAnalyzer, AllowModelFixer>(source, apply: true);
    }

    [Fact]
    public async Task Catalog_and_justification_fixes_never_throw_on_malformed_attributes()
    {
        const string source = """
            using ModelPolicies;
            [assembly: ModelCatalogEntry("x", ModelClass.Slm, Parameters = )]
            [assembly: ModelCatalogEntry("y", (ModelClass)9, Parameters = "70B")]
            [assembly: ModelCatalogEntry("z", ModelClass.Slm, Parameters = "70B"
            class App
            {
                [AllowModel(] void A() { }
                [AllowModel("gpt-4o", Justification = null)] void B() { }
                [AllowModel("gpt-4o", Justification = 3)] void C() { }
            }
            """;
        await OfferedFixes.ListAsync<CatalogAnalyzer, CatalogClassFixer>(source, apply: true);
        await OfferedFixes.ListAsync<JustificationAnalyzer, JustificationFixer>(source, apply: true);
    }

}
