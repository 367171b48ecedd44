using System;
using System.Collections.Immutable;

namespace ModelPolicies.Analyzers.Contexts;

/// <summary>
/// What applies at one place in the code: the requirements accumulated from the assembly down to it, and the
/// models exempted there with <c>[AllowModel]</c>.
/// </summary>
internal sealed class PolicyContext
{
    public static readonly PolicyContext None = new(ModelRequirements.None, ImmutableArray<string>.Empty);

    public PolicyContext(ModelRequirements requirements, ImmutableArray<string> allowed)
    {
        Requirements = requirements;
        Allowed = allowed;
    }

    public ModelRequirements Requirements { get; }

    /// <summary>Model names from <c>[AllowModel]</c>, as written.</summary>
    public ImmutableArray<string> Allowed { get; }

    public bool IsEmpty => Requirements.IsEmpty;

    public PolicyContext Add(ModelRequirements requirements, ImmutableArray<string> allowed) =>
        requirements.IsEmpty && allowed.IsEmpty ? this : new(Requirements.And(requirements), Allowed.AddRange(allowed));

    /// <summary>True when <c>[AllowModel]</c> names this model, by the name used or by any name of its catalog entry.</summary>
    public bool Allows(string usedName, CatalogEntry? entry, ModelCatalog catalog)
    {
        foreach (var allowed in Allowed)
        {
            if (string.Equals(allowed, usedName, StringComparison.OrdinalIgnoreCase)
                || (entry is not null && ReferenceEquals(catalog.Find(allowed), entry)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attributes behind the requirements, for messages: <c>[Edge]</c>, <c>[LowLatency]</c>, <c>[Multimodal(Image)]</c>.</summary>
    public static string Describe(ModelRequirements requirements)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        if (requirements.EdgeMaxParameters is { } edge)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.Edge)} (local, ≤ {ModelSize.FormatParameters(edge)})");
        }

        if (requirements.LowLatencyMaxMilliseconds is { } ms)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.LowLatency)} (small or ≤ {ms} ms)");
        }

        if (requirements.Inputs != Modality.None)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.Multimodal)} ({ModelTaxonomy.Names(requirements.Inputs)})");
        }

        return string.Join(", ", parts);
    }
}
