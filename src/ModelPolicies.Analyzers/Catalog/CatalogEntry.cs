using System;
using System.Collections.Immutable;
using System.Linq;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>Where a catalog entry came from, in increasing precedence (SPEC §4).</summary>
internal enum CatalogSource
{
    BuiltIn = 0,
    Json = 1,
    Attribute = 2,
}

/// <summary>One model of the catalog: what the taxonomy knows of it, and the spellings that name it.</summary>
internal sealed class CatalogEntry : IEquatable<CatalogEntry>
{
    public CatalogEntry(ModelDescriptor model, ImmutableArray<string> aliases, CatalogSource source)
    {
        Model = model;
        Aliases = aliases.IsDefault ? ImmutableArray<string>.Empty : aliases;
        Source = source;
    }

    public ModelDescriptor Model { get; }

    public string Id => Model.Id;

    public ImmutableArray<string> Aliases { get; }

    public CatalogSource Source { get; }

    public bool Equals(CatalogEntry? other) =>
        other is not null && Source == other.Source && Model.Equals(other.Model) && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as CatalogEntry);

    public override int GetHashCode() => Model.GetHashCode();

    public override string ToString() => Model.ToString();
}
