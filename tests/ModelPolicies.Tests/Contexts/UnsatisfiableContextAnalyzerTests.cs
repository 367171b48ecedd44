using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.UnsatisfiableContextAnalyzer>;

namespace ModelPolicies.Tests.Contexts;

public class UnsatisfiableContextAnalyzerTests
{
    [Fact]
    public async Task Requirements_no_model_meets_are_reported_on_the_attribute_that_makes_them_so()
    {
        await Verify.VerifyAsync("""
            using ModelPolicies;
            [Edge(MaxParameters = "100M")]
            class Watch
            {
                [{|#0:Multimodal(Modality.Video)|}]
                void Film() { }

                void Inner() { }
            }

            class Fine
            {
                [Edge, Multimodal(Modality.Image)]
                void Inspect() { }
            }
            """,
            Verify.Diagnostic("MP0005").WithLocation(0).WithArguments("Film", "[Edge] (local, ≤ 100M), [Multimodal] (video)"));
    }

    [Fact]
    public async Task Type_lambda_and_assembly_contexts_are_checked()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            [assembly: {|#0:Edge(MaxParameters = "1M")|}]
            [Multimodal(Modality.Video)]
            class Watch
            {
                void Film()
                {
                    Action a = [LowLatency] () => { };
                }
            }
            """,
            Verify.Diagnostic("MP0005").WithLocation(0).WithArguments("the assembly", "[Edge] (local, ≤ 1M)"));
    }

    [Fact]
    public async Task A_narrow_budget_becomes_unsatisfiable_without_the_built_in_catalog()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            class Watch
            {
                void Film()
                {
                    Action a = [{|#0:Multimodal(Modality.Audio)|}] () => { };
                }
            }
            """,
            "model_policies.builtin_catalog = false\n",
            Verify.Diagnostic("MP0005").WithLocation(0).WithArguments("lambda in Film", "[Multimodal] (audio)"));
    }

    // Each function is analyzed once, from its first attribute list, however many lists it has; '[' in comments,
    // strings, indexers and attributes elsewhere does not make a function.
    [Fact]
    public async Task A_function_with_several_attribute_lists_is_reported_once()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using ModelPolicies;
            class Watch
            {
                [Obsolete] // [Edge] in a comment
                void Film(Dictionary<string, int> counts, int[] frames)
                {
                    var s = "[Multimodal(Modality.Video)]";
                    var n = counts["x"] + frames[0];
                    [{|#0:Edge(MaxParameters = "1M")|}][Multimodal(Modality.Video)]
                    void Local() { }
                    Action a = [Obsolete][{|#1:Multimodal(Modality.Audio)|}] () => { };
                }
            }
            """,
            "model_policies.builtin_catalog = false\n",
            Verify.Diagnostic("MP0005").WithLocation(0).WithArguments("Local", "[Edge] (local, ≤ 1M), [Multimodal] (video)"),
            Verify.Diagnostic("MP0005").WithLocation(1).WithArguments("lambda in Film", "[Multimodal] (audio)"));
    }
}
