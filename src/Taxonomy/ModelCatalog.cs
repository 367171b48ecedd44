using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelPolicies;

/// <summary>
/// A merged catalog: entries given in increasing precedence, a later entry replacing an earlier one of the same id
/// (docs/catalog.md, "Sources and precedence"). Names match ids and aliases as users type them (docs/catalog.md,
/// "Name matching"). The analyzer, the code fixes and the run time all look models up through this type.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
sealed class ModelCatalog
{
    private readonly Dictionary<string, CatalogEntry> _byName;

    /// <summary>Merges <paramref name="entries"/>, given in increasing precedence.</summary>
    public ModelCatalog(IEnumerable<CatalogEntry> entries, long slmMaxParameters = ModelTaxonomy.DefaultSlmMaxParameters)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

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
        _byName = new Dictionary<string, CatalogEntry>(merged.Count * 3, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in merged.OrderBy(e => e.Source))
        {
            foreach (var alias in entry.Aliases)
            {
                _byName[alias] = entry;
            }
        }

        foreach (var entry in merged)
        {
            _byName[entry.Id] = entry;
        }

        // A Hugging Face alias also answers to its repository name alone, where no other name claims it: quantized and
        // converted copies of a model live under other organizations ("bartowski/Llama-3.2-1B-Instruct-GGUF").
        foreach (var entry in merged.OrderByDescending(e => e.Source))
        {
            foreach (var alias in entry.Aliases)
            {
                var slash = alias.LastIndexOf('/');
                if (slash > 0 && slash < alias.Length - 1 && !_byName.ContainsKey(alias.Substring(slash + 1)))
                {
                    _byName.Add(alias.Substring(slash + 1), entry);
                }
            }
        }

        Entries = merged;
        SlmMaxParameters = slmMaxParameters;
    }

    /// <summary>The entries, in precedence order (user entries last), each id once.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The SLM boundary the catalog's models are judged by.</summary>
    public long SlmMaxParameters { get; }

    /// <summary>The entry a model name means, or null: its id or an alias as users type it (<see cref="ModelNames"/>).</summary>
    public CatalogEntry? Find(string name)
    {
        if (name is null)
        {
            return null;
        }

        if (_byName.TryGetValue(name, out var entry))
        {
            return entry;
        }

        foreach (var form in ModelNames.LookupForms(name))
        {
            if (_byName.TryGetValue(form, out entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// The entry a local model's file or folder path names (docs/catalog.md, "Local models"): its last segment that the
    /// catalog knows, from the end (<c>models/Phi-3-mini-4k-instruct-onnx/cpu-int4-rtn-block-32</c> is
    /// <c>phi-3-mini</c>), or null.
    /// </summary>
    public CatalogEntry? FindLocal(string path)
    {
        foreach (var segment in ModelNames.PathSegments(path))
        {
            if (Find(segment) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="model"/> meets every requirement, under this catalog's SLM boundary.</summary>
    public bool Satisfies(CatalogEntry model, ModelRequirements requirements) =>
        ModelTaxonomy.Satisfies(model.Model, requirements, SlmMaxParameters);

    /// <summary>
    /// The models that meet <paramref name="requirements"/> and can stand in for <paramref name="replacing"/>
    /// (they take text when it does, and do each task it does), best first: the user's catalog before built-ins,
    /// the same provider first, then the smallest.
    /// </summary>
    /// <param name="requirements">What every candidate must meet.</param>
    /// <param name="replacing">The model replaced, or null.</param>
    /// <param name="max">How many candidates at most.</param>
    /// <param name="providerFirst">Rank the replaced model's provider before the user's catalog: for a model of another
    /// task (MP0013), the provider's model of the right task is the natural stand-in.</param>
    public IReadOnlyList<CatalogEntry> Compliant(ModelRequirements requirements, ModelDescriptor? replacing, int max, bool providerFirst = false)
    {
        var ranking = new Ranking(this, replacing, providerFirst);
        var compliant = Entries.Where(e => CanReplace(e, requirements, replacing)).ToList();
        compliant.Sort(ranking.Compare);
        return compliant.Count > max ? compliant.GetRange(0, max) : compliant;
    }

    /// <summary>The first of <see cref="Compliant"/>, found in one pass (a message names only the best).</summary>
    public CatalogEntry? Best(ModelRequirements requirements, ModelDescriptor? replacing, bool providerFirst = false)
    {
        var ranking = new Ranking(this, replacing, providerFirst);
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
    public bool AnySatisfies(ModelRequirements requirements) => Entries.Any(e => Satisfies(e, requirements));

    private bool CanReplace(CatalogEntry entry, ModelRequirements requirements, ModelDescriptor? replacing) =>
        (replacing is null
            || (((replacing.Inputs & Modality.Text) == 0 || (entry.Model.Inputs & Modality.Text) != 0)
                && (replacing.Tasks & ~entry.Model.Tasks) == ModelTask.None))
        && Satisfies(entry, requirements);

    private long SizeRank(ModelSize size) =>
        size.Parameters > 0 ? size.Parameters
        : size.Tier switch
        {
            ModelSizeTier.Small => SlmMaxParameters,
            ModelSizeTier.Large => long.MaxValue / 2,
            _ => long.MaxValue,
        };

    // The order of suggestions: user entries first (the later source), then the provider of the model replaced (or the
    // provider first, for a model of another task), then the smallest, then the id, so the order is total and deterministic.
    private readonly struct Ranking
    {
        private readonly ModelCatalog _catalog;
        private readonly ModelDescriptor? _replacing;
        private readonly bool _providerFirst;

        public Ranking(ModelCatalog catalog, ModelDescriptor? replacing, bool providerFirst)
        {
            _catalog = catalog;
            _replacing = replacing;
            _providerFirst = providerFirst;
        }

        public int Compare(CatalogEntry x, CatalogEntry y)
        {
            var bySource = y.Source.CompareTo(x.Source);
            var byProvider = SameProvider(x).CompareTo(SameProvider(y));
            var first = _providerFirst ? byProvider : bySource;
            var second = _providerFirst ? bySource : byProvider;
            if (first != 0)
            {
                return first;
            }

            if (second != 0)
            {
                return second;
            }

            var bySize = _catalog.SizeRank(x.Model.Size).CompareTo(_catalog.SizeRank(y.Model.Size));
            return bySize != 0 ? bySize : string.CompareOrdinal(x.Id, y.Id);
        }

        private int SameProvider(CatalogEntry entry) =>
            _replacing?.Provider is { } provider && string.Equals(provider, entry.Model.Provider, StringComparison.OrdinalIgnoreCase) ? 0 : 1;
    }
}
