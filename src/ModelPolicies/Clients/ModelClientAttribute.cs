using System;

namespace ModelPolicies;

/// <summary>
/// On a type: every use of the type is a use of <see cref="ModelId"/>. On the assembly: asks the generator for
/// a typed client of that built-in model.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ModelClientAttribute : Attribute
{
    /// <summary>Binds the type (or requests a client) for <paramref name="modelId"/>.</summary>
    public ModelClientAttribute(string modelId) => ModelId = modelId;

    /// <summary>The model id.</summary>
    public string ModelId { get; }
}
