using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.JustificationAnalyzer, ModelPolicies.CodeFixes.JustificationFixer>;

namespace ModelPolicies.CodeFixes.Tests.Exemptions;

/// <summary>
/// MP0009: a justification placeholder is added or fills a blank one. The placeholder starts with "TODO", so the
/// rule keeps reporting it until the reason is written.
/// </summary>
public class JustificationFixerTests
{
    [Fact]
    public async Task Placeholder_is_added_to_AllowModel_without_a_justification()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge]
            class App
            {
                [{|MP0009:AllowModel("gpt-4o")|}]
                void Run() { }
            }
            """, """
            using ModelPolicies;
            [Edge]
            class App
            {
                [{|MP0009:AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")|}]
                void Run() { }
            }
            """);
    }

    [Fact]
    public async Task Blank_justification_of_a_suppression_is_filled_with_the_placeholder()
    {
        await Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;
            class App
            {
                [{|MP0009:SuppressMessage("ModelPolicy", "MP0001:Edge code uses a model that cannot run on the device", Justification = " ")|}]
                void Run() { }
            }
            """, """
            using System.Diagnostics.CodeAnalysis;
            class App
            {
                [{|MP0009:SuppressMessage("ModelPolicy", "MP0001:Edge code uses a model that cannot run on the device", Justification = "TODO: say why this model is acceptable here")|}]
                void Run() { }
            }
            """);
    }

    [Fact]
    public async Task Justification_still_starting_with_TODO_is_left_for_its_author()
    {
        await Verify.VerifyNoFixAsync("""
            using ModelPolicies;
            class App
            {
                [{|MP0009:AllowModel("gpt-4o", Justification = "TODO: ask the platform team")|}]
                void Run() { }
            }
            """);
    }

    [Fact]
    public async Task Fix_all_adds_a_placeholder_to_every_exemption()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [{|MP0009:AllowModel("llama3.1:70b")|}]
            class App
            {
                [{|MP0009:AllowModel("gpt-4o")|}, {|MP0009:AllowModel("o3", Justification = "")|}]
                void Run() { }
            }
            """, """
            using ModelPolicies;
            [{|MP0009:AllowModel("llama3.1:70b", Justification = "TODO: say why this model is acceptable here")|}]
            class App
            {
                [{|MP0009:AllowModel("gpt-4o", Justification = "TODO: say why this model is acceptable here")|}, {|MP0009:AllowModel("o3", Justification = "TODO: say why this model is acceptable here")|}]
                void Run() { }
            }
            """);
    }
}
