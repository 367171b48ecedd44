using System;
using System.ComponentModel;

namespace ModelPolicies;

/// <summary>
/// The AI bill of materials of this assembly (docs/bom.md): a CycloneDX 1.6 JSON document that the ModelPolicies
/// generator records when the MSBuild property <c>ModelPoliciesBom</c> is <c>true</c>, and that the package's build
/// step writes next to the assembly. Generated code only: not for use in your own code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ModelInventoryAttribute : Attribute
{
    /// <summary>Records <paramref name="document"/>, the bill of materials as CycloneDX JSON.</summary>
    public ModelInventoryAttribute(string document) => Document = document;

    /// <summary>The bill of materials, as CycloneDX 1.6 JSON.</summary>
    public string Document { get; }
}
