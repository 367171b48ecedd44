using System;

namespace ModelPolicies;

/// <summary>
/// What a context attribute without its own budget means: the edge budget of <c>[Edge]</c>
/// (<c>model_policies.edge_max_parameters</c>, by default the SLM boundary) and the latency budget of
/// <c>[LowLatency]</c> (<c>model_policies.low_latency_max_ms</c>, by default 300 ms). The analyzer reads them from
/// the compilation's options; the run time gets the same numbers from the assembly's emitted settings.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
sealed class ContextDefaults : IEquatable<ContextDefaults>
{
    /// <summary>The defaults of docs/configuration.md: a 15B edge budget (the default SLM boundary) and 300 ms.</summary>
    public static ContextDefaults Default { get; } = new(ModelTaxonomy.DefaultSlmMaxParameters, ModelTaxonomy.DefaultLowLatencyMaxMilliseconds);

    /// <summary>Creates the defaults; both budgets must be positive.</summary>
    public ContextDefaults(long edgeMaxParameters, int lowLatencyMaxMilliseconds)
    {
        EdgeMaxParameters = edgeMaxParameters > 0 ? edgeMaxParameters : throw new ArgumentOutOfRangeException(nameof(edgeMaxParameters));
        LowLatencyMaxMilliseconds = lowLatencyMaxMilliseconds > 0 ? lowLatencyMaxMilliseconds : throw new ArgumentOutOfRangeException(nameof(lowLatencyMaxMilliseconds));
    }

    /// <summary>The budget of <c>[Edge]</c> without <c>MaxParameters</c>, and the widest any <c>[Edge]</c> may have.</summary>
    public long EdgeMaxParameters { get; }

    /// <summary>The budget of <c>[LowLatency]</c> without <c>MaxMilliseconds</c>.</summary>
    public int LowLatencyMaxMilliseconds { get; }

    /// <inheritdoc/>
    public bool Equals(ContextDefaults? other) =>
        other is not null && EdgeMaxParameters == other.EdgeMaxParameters && LowLatencyMaxMilliseconds == other.LowLatencyMaxMilliseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ContextDefaults);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((EdgeMaxParameters.GetHashCode() * 397) ^ LowLatencyMaxMilliseconds);
}
