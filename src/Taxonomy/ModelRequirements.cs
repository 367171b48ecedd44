using System;

namespace ModelPolicies;

/// <summary>
/// What a context asks of every model it uses: the combination (AND) of its <c>[Edge]</c>,
/// <c>[LowLatency]</c> and <c>[Multimodal]</c> attributes, with budgets already resolved to numbers.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
sealed class ModelRequirements : IEquatable<ModelRequirements>
{
    /// <summary>No requirement at all.</summary>
    public static readonly ModelRequirements None = new(edgeMaxParameters: null, lowLatencyMaxMilliseconds: null, Modality.None);

    /// <summary>Creates requirements. A null budget means that requirement is absent.</summary>
    public ModelRequirements(long? edgeMaxParameters, int? lowLatencyMaxMilliseconds, Modality inputs)
    {
        EdgeMaxParameters = edgeMaxParameters;
        LowLatencyMaxMilliseconds = lowLatencyMaxMilliseconds;
        Inputs = inputs & ~Modality.Text;
    }

    /// <summary>Edge: the largest parameter count that may run on the device; null when not an edge context.</summary>
    public long? EdgeMaxParameters { get; }

    /// <summary>Low latency: the latency budget in milliseconds; null when not latency-critical.</summary>
    public int? LowLatencyMaxMilliseconds { get; }

    /// <summary>The non-text input modalities every model must accept.</summary>
    public Modality Inputs { get; }

    /// <summary>True when nothing is required.</summary>
    public bool IsEmpty => EdgeMaxParameters is null && LowLatencyMaxMilliseconds is null && Inputs == Modality.None;

    /// <summary>
    /// True when these requirements are at least as strict as <paramref name="other"/>: every requirement of
    /// <paramref name="other"/> is here too, with a budget no wider and every modality it names. A model that meets these
    /// meets <paramref name="other"/>.
    /// </summary>
    public bool Covers(ModelRequirements other) =>
        (other.EdgeMaxParameters is not { } edge || EdgeMaxParameters <= edge)
        && (other.LowLatencyMaxMilliseconds is not { } latency || LowLatencyMaxMilliseconds <= latency)
        && (other.Inputs & ~Inputs) == Modality.None;

    /// <summary>Both sets of requirements at once: the narrower budget wins, modalities add up.</summary>
    public ModelRequirements And(ModelRequirements other) => new(
        Min(EdgeMaxParameters, other.EdgeMaxParameters),
        Min(LowLatencyMaxMilliseconds, other.LowLatencyMaxMilliseconds),
        Inputs | other.Inputs);

    /// <inheritdoc/>
    public bool Equals(ModelRequirements? other) =>
        other is not null
        && EdgeMaxParameters == other.EdgeMaxParameters
        && LowLatencyMaxMilliseconds == other.LowLatencyMaxMilliseconds
        && Inputs == other.Inputs;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelRequirements);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        unchecked((EdgeMaxParameters.GetHashCode() * 397) ^ (LowLatencyMaxMilliseconds.GetHashCode() * 31) ^ (int)Inputs);

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
