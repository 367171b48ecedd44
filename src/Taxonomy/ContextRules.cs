using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>
/// How one symbol's own context attributes become <see cref="ModelRequirements"/> (docs/rules/MP0001.md, "Contexts"): fed the plain facts of
/// each <c>[Edge]</c>, <c>[LowLatency]</c> and <c>[Multimodal]</c> it carries — by the analyzer from attribute data, by
/// the run time from reflection — in any order. Requirements of the levels around it (assembly, containing types)
/// combine with <see cref="ModelRequirements.And"/>.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
struct ContextRequirementsBuilder
{
    private readonly ContextDefaults _defaults;
    private long? _edge;
    private int? _lowLatency;
    private Modality _inputs;

    /// <summary>Starts the requirements of one symbol, with the budgets its attributes fall back on.</summary>
    public ContextRequirementsBuilder(ContextDefaults defaults)
    {
        _defaults = defaults ?? throw new ArgumentNullException(nameof(defaults));
        _edge = null;
        _lowLatency = null;
        _inputs = Modality.None;
    }

    /// <summary>
    /// <c>[Edge]</c>, with its <c>MaxParameters</c> as written (null when not set). The attribute narrows the default
    /// budget and never widens it; a count that does not parse leaves the default.
    /// </summary>
    public void AddEdge(string? maxParameters)
    {
        var budget = _defaults.EdgeMaxParameters;
        if (maxParameters is not null && ModelSize.TryParseParameters(maxParameters, out var narrowed, out _))
        {
            budget = Math.Min(narrowed, budget);
        }

        _edge = _edge is { } current ? Math.Min(current, budget) : budget;
    }

    /// <summary><c>[LowLatency]</c>, with its <c>MaxMilliseconds</c> (null, 0 or less: the default budget).</summary>
    public void AddLowLatency(int? maxMilliseconds)
    {
        var budget = maxMilliseconds is { } ms && ms > 0 ? ms : _defaults.LowLatencyMaxMilliseconds;
        _lowLatency = _lowLatency is { } current ? Math.Min(current, budget) : budget;
    }

    /// <summary><c>[Multimodal]</c>, with the modalities it names (null when written without an argument: image).</summary>
    public void AddMultimodal(Modality? modalities) => _inputs |= modalities ?? Modality.Image;

    /// <summary>The requirements added so far; <see cref="ModelRequirements.None"/> when there are none.</summary>
    public readonly ModelRequirements ToRequirements() =>
        _edge is null && _lowLatency is null && (_inputs & ~Modality.Text) == Modality.None
            ? ModelRequirements.None
            : new ModelRequirements(_edge, _lowLatency, _inputs);
}

/// <summary>The rules of <c>[AllowModel]</c> (docs/rules/MP0001.md, "Contexts"), shared by the analyzer and the run time.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class ModelExemptions
{
    /// <summary>
    /// True when one of <paramref name="allowed"/> (the ids of <c>[AllowModel]</c> around a use, as written) names the
    /// model: the name used, in any case, or any name of its catalog entry.
    /// </summary>
    public static bool Allows<TList>(TList allowed, string usedName, CatalogEntry? entry, ModelCatalog catalog)
        where TList : IReadOnlyList<string>
    {
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], usedName, StringComparison.OrdinalIgnoreCase)
                || (entry is not null && ReferenceEquals(catalog.Find(allowed[i]), entry)))
            {
                return true;
            }
        }

        return false;
    }
}
