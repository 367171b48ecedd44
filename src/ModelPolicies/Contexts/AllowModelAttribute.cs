using System;

namespace ModelPolicies;

/// <summary>
/// Exempts one model from the checks of this member, type or assembly. A justification is required (MP0009).
/// </summary>
[AttributeUsage(ContextTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class AllowModelAttribute : Attribute
{
    /// <summary>Exempts <paramref name="modelId"/>.</summary>
    public AllowModelAttribute(string modelId) => ModelId = modelId;

    /// <summary>The exempted model id.</summary>
    public string ModelId { get; }

    /// <summary>Why this model is acceptable here.</summary>
    public string? Justification { get; set; }
}
