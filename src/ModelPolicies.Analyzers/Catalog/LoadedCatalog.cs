using System.Collections.Immutable;
using System.Linq;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The catalog of one compilation — the one value the analyzers, the code fixes and the generator read: the models in
/// precedence order (with lookup and ranking), the typed clients with their final names, and the problems found, each
/// located as plain values. Built by <see cref="CatalogBuilder"/> and nowhere else.
/// </summary>
internal sealed class LoadedCatalog : System.IEquatable<LoadedCatalog>
{
    public LoadedCatalog(ModelCatalog catalog, ImmutableArray<CatalogClient> clients, ImmutableArray<CatalogProblem> problems)
    {
        Catalog = catalog;
        Clients = clients;
        Problems = problems;
    }

    /// <summary>The models: entries in precedence order, each id once.</summary>
    public ModelCatalog Catalog { get; }

    /// <summary>The typed clients the generator emits, in ordinal order of their ids.</summary>
    public ImmutableArray<CatalogClient> Clients { get; }

    /// <summary>What is wrong with the catalog's files and attributes.</summary>
    public ImmutableArray<CatalogProblem> Problems { get; }

    public bool Equals(LoadedCatalog? other) =>
        other is not null
        && Catalog.SlmMaxParameters == other.Catalog.SlmMaxParameters
        && Catalog.Entries.SequenceEqual(other.Catalog.Entries)
        && Clients.SequenceEqual(other.Clients)
        && Problems.SequenceEqual(other.Problems);

    public override bool Equals(object? obj) => Equals(obj as LoadedCatalog);

    public override int GetHashCode() => Catalog.Entries.Count ^ (Clients.Length << 16);
}
