using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The merged catalog of a compilation: built-in, then JSON files, then assembly entries, a later source
/// replacing an earlier entry of the same id (SPEC §4). Names match ids and aliases case-insensitively.
/// </summary>
internal sealed class ModelCatalog
{
    private readonly Dictionary<string, CatalogEntry> _byName;

    // Answers about the whole catalog, kept with it: a catalog built from the files is shared by every compilation
    // until a file changes, so each question is answered once, not once per IDE edit. The best stand-in depends only
    // on the requirements, the replaced model's provider and whether it takes text.
    private readonly ConcurrentDictionary<BestKey, CatalogEntry?> _best = new();
    private readonly ConcurrentDictionary<ModelRequirements, bool> _satisfiable = new();

    private ModelCatalog(ImmutableArray<CatalogEntry> entries, Dictionary<string, CatalogEntry> byName, long slmMaxParameters)
    {
        Entries = entries;
        _byName = byName;
        SlmMaxParameters = slmMaxParameters;
    }

    /// <summary>The entries, in precedence order (user entries last), each id once.</summary>
    public ImmutableArray<CatalogEntry> Entries { get; }

    public long SlmMaxParameters { get; }

    /// <summary>Merges <paramref name="entries"/>, given in increasing precedence.</summary>
    public static ModelCatalog Create(IEnumerable<CatalogEntry> entries, long slmMaxParameters)
    {
        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var merged = new List<CatalogEntry>();
        foreach (var entry in entries)
        {
            if (byId.TryGetValue(entry.Id, out var index))
            {
                merged[index] = entry;
            }
            else
            {
                byId.Add(entry.Id, merged.Count);
                merged.Add(entry);
            }
        }

        // Aliases first, then ids, each in precedence order: an id always wins over another entry's alias,
        // and a higher-precedence source wins over a lower one.
        var byName = new Dictionary<string, CatalogEntry>(merged.Count * 3, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in merged.OrderBy(e => e.Source))
        {
            foreach (var alias in entry.Aliases)
            {
                byName[alias] = entry;
            }
        }

        foreach (var entry in merged)
        {
            byName[entry.Id] = entry;
        }

        return new ModelCatalog(merged.ToImmutableArray(), byName, slmMaxParameters);
    }

    /// <summary>
    /// Finds the entry a model name means: its id or an alias, case-insensitively; else the name without an
    /// Ollama <c>:latest</c> tag; else the name without a date snapshot suffix (<c>gpt-4o-2024-08-06</c>,
    /// <c>claude-3-5-haiku-20241022</c>, <c>…@20241022</c>).
    /// </summary>
    public CatalogEntry? Find(string name)
    {
        if (_byName.TryGetValue(name, out var entry))
        {
            return entry;
        }

        var trimmed = name.Trim();
        if (trimmed.EndsWith(":latest", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - ":latest".Length);
        }

        var dateless = WithoutSnapshotDate(trimmed);
        return _byName.TryGetValue(trimmed, out entry) || (dateless is not null && _byName.TryGetValue(dateless, out entry)) ? entry : null;
    }

    /// <summary>
    /// The models that meet <paramref name="requirements"/> and can stand in for <paramref name="replacing"/>
    /// (they take text when it does), best first: the user's catalog before built-ins, the same provider first,
    /// then the smallest.
    /// </summary>
    public ImmutableArray<CatalogEntry> Compliant(ModelRequirements requirements, ModelDescriptor? replacing, int max)
    {
        var ranking = new Ranking(this, replacing);
        var compliant = Entries.Where(e => CanReplace(e, requirements, replacing)).ToList();
        compliant.Sort(ranking.Compare);
        return compliant.Take(max).ToImmutableArray();
    }

    /// <summary>The first of <see cref="Compliant"/>, found in one pass (a diagnostic message names only the best).</summary>
    public CatalogEntry? Best(ModelRequirements requirements, ModelDescriptor? replacing) =>
        _best.GetOrAdd(
            new BestKey(requirements, replacing?.Provider, replacing is not null && (replacing.Inputs & Modality.Text) != 0),
            _ => FindBest(requirements, replacing));

    private CatalogEntry? FindBest(ModelRequirements requirements, ModelDescriptor? replacing)
    {
        var ranking = new Ranking(this, replacing);
        CatalogEntry? best = null;
        foreach (var entry in Entries)
        {
            if (CanReplace(entry, requirements, replacing) && (best is null || ranking.Compare(entry, best) < 0))
            {
                best = entry;
            }
        }

        return best;
    }

    /// <summary>True when some model of the catalog meets every requirement.</summary>
    public bool AnySatisfies(ModelRequirements requirements) =>
        _satisfiable.GetOrAdd(requirements, r => Entries.Any(e => ModelTaxonomy.Satisfies(e.Model, r, SlmMaxParameters)));

    private bool CanReplace(CatalogEntry entry, ModelRequirements requirements, ModelDescriptor? replacing) =>
        (replacing is null || (replacing.Inputs & Modality.Text) == 0 || (entry.Model.Inputs & Modality.Text) != 0)
        && ModelTaxonomy.Satisfies(entry.Model, requirements, SlmMaxParameters);

    private long SizeRank(ModelSize size) =>
        size.Parameters > 0 ? size.Parameters
        : size.Tier switch
        {
            ModelSizeTier.Small => SlmMaxParameters,
            ModelSizeTier.Large => long.MaxValue / 2,
            _ => long.MaxValue,
        };

    private sealed record BestKey(ModelRequirements Requirements, string? Provider, bool TakesText);

    // The order of suggestions: user entries first (the later source), then the provider of the model replaced, then
    // the smallest, then the id, so the order is total and deterministic.
    private readonly struct Ranking(ModelCatalog catalog, ModelDescriptor? replacing)
    {
        public int Compare(CatalogEntry x, CatalogEntry y)
        {
            var bySource = y.Source.CompareTo(x.Source);
            if (bySource != 0)
            {
                return bySource;
            }

            var byProvider = SameProvider(x).CompareTo(SameProvider(y));
            if (byProvider != 0)
            {
                return byProvider;
            }

            var bySize = catalog.SizeRank(x.Model.Size).CompareTo(catalog.SizeRank(y.Model.Size));
            return bySize != 0 ? bySize : string.CompareOrdinal(x.Id, y.Id);
        }

        private int SameProvider(CatalogEntry entry) =>
            replacing?.Provider is { } provider && string.Equals(provider, entry.Model.Provider, StringComparison.OrdinalIgnoreCase) ? 0 : 1;
    }

    // "-2024-08-06", "-20241022" or "@20241022" at the end of a name.
    private static string? WithoutSnapshotDate(string name)
    {
        var n = name.Length;
        if (n > 11 && name[n - 11] == '-' && AllDigits(name, n - 10, 4) && name[n - 6] == '-' && AllDigits(name, n - 5, 2) && name[n - 3] == '-' && AllDigits(name, n - 2, 2))
        {
            return name.Substring(0, n - 11);
        }

        if (n > 9 && name[n - 9] is '-' or '@' && AllDigits(name, n - 8, 8))
        {
            return name.Substring(0, n - 9);
        }

        return null;
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
