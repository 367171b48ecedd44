using System;
using System.Diagnostics.CodeAnalysis;

namespace ModelPolicies;

/// <summary>
/// Names the type that holds an assembly's <see cref="ModelPolicySettings"/>: the catalog and options the analyzer
/// checked that assembly with. The ModelPolicies generator emits it into every assembly it compiles, so that the run
/// time enforces what the build checked (docs/runtime.md, "The catalog at run time").
/// </summary>
/// <remarks>
/// <see cref="ProviderType"/> has a static property <c>Settings</c> (<see cref="SettingsPropertyName"/>) of type
/// <see cref="ModelPolicySettings"/> that returns the same instance on every call.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ModelPolicySettingsProviderAttribute : Attribute
{
    /// <summary>The name of the static property of <see cref="ProviderType"/> that returns the settings.</summary>
    public const string SettingsPropertyName = "Settings";

    /// <summary>Names <paramref name="providerType"/> as the holder of this assembly's settings.</summary>
    public ModelPolicySettingsProviderAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type providerType) =>
        ProviderType = providerType ?? throw new ArgumentNullException(nameof(providerType));

    /// <summary>The type with the static <c>Settings</c> property.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    public Type ProviderType { get; }
}
