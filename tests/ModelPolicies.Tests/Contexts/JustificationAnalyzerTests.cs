using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.JustificationAnalyzer>;

namespace ModelPolicies.Tests.Contexts;

public class JustificationAnalyzerTests
{
    [Fact]
    public async Task AllowModel_without_a_real_justification_is_reported()
    {
        await Verify.VerifyAsync("""
            using System;
            using ModelPolicies;
            [assembly: {|#0:AllowModel("gpt-4o")|}]
            [{|#1:AllowModel("gpt-4o", Justification = "  ")|}]
            class App
            {
                [{|#2:AllowModel("llama3.1", Justification = "TODO: say why this model is acceptable here")|}]
                void Run()
                {
                    Action a = [{|#3:AllowModel("phi-4")|}] () => { };
                }

                [AllowModel("gpt-4o", Justification = "Runs on the server in this build.")]
                void Justified() { }
            }
            """,
            Verify.Diagnostic("MP0009").WithLocation(0).WithArguments("[AllowModel(\"gpt-4o\")]", "say why in Justification = \"…\""),
            Verify.Diagnostic("MP0009").WithLocation(1).WithArguments("[AllowModel(\"gpt-4o\")]", "say why in Justification = \"…\""),
            Verify.Diagnostic("MP0009").WithLocation(2).WithArguments("[AllowModel(\"llama3.1\")]", "say why in Justification = \"…\""),
            Verify.Diagnostic("MP0009").WithLocation(3).WithArguments("[AllowModel(\"phi-4\")]", "say why in Justification = \"…\""));
    }

    [Fact]
    public async Task SuppressMessage_of_an_MP_rule_without_justification_is_reported()
    {
        await Verify.VerifyAsync("""
            #define CODE_ANALYSIS
            using System.Diagnostics.CodeAnalysis;
            class App
            {
                [{|#0:SuppressMessage("ModelPolicy", "MP0001:Edge code uses a model that cannot run on the device")|}]
                void A() { }

                [{|#1:SuppressMessage("Usage", "MP0002")|}]
                void B() { }

                [SuppressMessage("ModelPolicy", "MP0001", Justification = "Server-side path.")]
                void C() { }

                [SuppressMessage("Style", "IDE0060")]
                void D() { }
            }
            """,
            Verify.Diagnostic("MP0009").WithLocation(0).WithArguments("[SuppressMessage(\"ModelPolicy\", \"MP0001:Edge code uses a model that cannot run on the device\")]", "say why in Justification = \"…\""),
            Verify.Diagnostic("MP0009").WithLocation(1).WithArguments("[SuppressMessage(\"Usage\", \"MP0002\")]", "say why in Justification = \"…\""));
    }
}
