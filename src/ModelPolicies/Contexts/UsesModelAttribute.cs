using System;

namespace ModelPolicies;

/// <summary>
/// Declares that calling this member uses <see cref="ModelId"/>, for helpers and for code in other assemblies:
/// calls to it are checked like a direct use.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class UsesModelAttribute : Attribute
{
    /// <summary>Declares a use of <paramref name="modelId"/>.</summary>
    public UsesModelAttribute(string modelId) => ModelId = modelId;

    /// <summary>The model id.</summary>
    public string ModelId { get; }
}
