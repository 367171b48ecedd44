using ModelPolicies;
using ModelPolicies.Runtime.Tests.Infrastructure;

// What the ModelPolicies generator emits into every assembly it compiles (docs/runtime.md, "The catalog at run time"),
// written by hand: this project references the runtime as a project, so the generator does not run on it.
[assembly: ModelPolicySettingsProvider(typeof(EmittedModelPolicySettings))]

// An assembly-wide exemption: every context of this assembly allows this model (docs/rules/MP0001.md, "Contexts").
[assembly: AllowModel("contoso-assembly-wide", Justification = "Exercises [AllowModel] on the assembly.")]

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>The generated holder of the assembly's settings: a static <c>Settings</c> property returning one instance.</summary>
internal static class EmittedModelPolicySettings
{
    public static ModelPolicySettings Settings => TestCatalog.Settings;
}
