using System.Collections.Concurrent;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The answers about a whole catalog that messages ask for on every use — the best compliant stand-in, and whether any
/// model satisfies a context — memoized for as long as the catalog lives: a catalog built from files is shared by every
/// compilation until a file changes, so each question is answered once, not once per IDE edit.
/// </summary>
internal sealed class Suggestions
{
    private static readonly Kept<ModelCatalog, Suggestions> PerCatalog = new();

    private readonly ModelCatalog _catalog;

    // The best stand-in depends only on the requirements and on the replaced model's provider, text input and tasks.
    private readonly ConcurrentDictionary<BestKey, CatalogEntry?> _best = new();
    private readonly ConcurrentDictionary<ModelRequirements, bool> _satisfiable = new();

    private Suggestions(ModelCatalog catalog) => _catalog = catalog;

    public static Suggestions For(ModelCatalog catalog) => PerCatalog.Get(catalog, 0, static (catalog, _) => new Suggestions(catalog));

    /// <summary><see cref="ModelCatalog.Best"/>, memoized.</summary>
    public CatalogEntry? Best(ModelRequirements requirements, ModelDescriptor? replacing, bool providerFirst = false)
    {
        var key = new BestKey(requirements, replacing?.Provider, replacing is not null && (replacing.Inputs & Modality.Text) != 0, replacing?.Tasks ?? ModelTask.None, providerFirst);
        return _best.TryGetValue(key, out var best) ? best : _best.GetOrAdd(key, _catalog.Best(requirements, replacing, providerFirst));
    }

    /// <summary><see cref="ModelCatalog.AnySatisfies"/>, memoized.</summary>
    public bool AnySatisfies(ModelRequirements requirements) =>
        _satisfiable.TryGetValue(requirements, out var any) ? any : _satisfiable.GetOrAdd(requirements, _catalog.AnySatisfies(requirements));

    private sealed record BestKey(ModelRequirements Requirements, string? Provider, bool TakesText, ModelTask Tasks, bool ProviderFirst);
}
