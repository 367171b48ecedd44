using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>Where a catalog entry came from, in increasing precedence (docs/catalog.md, "Sources and precedence").</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum CatalogSource
{
    /// <summary>The catalog shipped with ModelPolicies.</summary>
    BuiltIn = 0,

    /// <summary>A JSON catalog file of the project.</summary>
    Json = 1,

    /// <summary>An <c>[assembly: ModelCatalogEntry]</c> attribute.</summary>
    Attribute = 2,
}

/// <summary>One model of a catalog: what the taxonomy knows of it, the other spellings that name it, and its source.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
sealed class CatalogEntry : IEquatable<CatalogEntry>
{
    private static readonly string[] NoAliases = new string[0];

    /// <summary>Creates an entry.</summary>
    public CatalogEntry(ModelDescriptor model, IReadOnlyList<string>? aliases, CatalogSource source)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Aliases = aliases ?? NoAliases;
        Source = source;
    }

    /// <summary>What the taxonomy knows of the model.</summary>
    public ModelDescriptor Model { get; }

    /// <summary>The catalog id.</summary>
    public string Id => Model.Id;

    /// <summary>Other names of the model: API names, Ollama tags, Hugging Face repositories, deployment spellings.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Where the entry came from.</summary>
    public CatalogSource Source { get; }

    /// <inheritdoc/>
    public bool Equals(CatalogEntry? other)
    {
        if (other is null || Source != other.Source || !Model.Equals(other.Model) || Aliases.Count != other.Aliases.Count)
        {
            return false;
        }

        for (var i = 0; i < Aliases.Count; i++)
        {
            if (!string.Equals(Aliases[i], other.Aliases[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => Model.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Model.ToString();
}
