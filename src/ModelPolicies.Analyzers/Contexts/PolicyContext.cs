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
    public bool Allows(string usedName, CatalogEntry? entry, ModelCatalog catalog) => ModelExemptions.Allows(Allowed, usedName, entry, catalog);

    /// <summary>The attributes behind the requirements, for messages: <c>[Edge]</c>, <c>[LowLatency]</c>, <c>[Multimodal(Image)]</c>.</summary>
    public static string Describe(ModelRequirements requirements) => PolicyMessages.Describe(requirements);
}
