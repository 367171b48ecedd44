using System;

namespace ModelPolicies;

/// <summary>The requirement a model failed to meet.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum Requirement
{
    /// <summary><c>[Edge]</c>: runs on the device, within the edge budget.</summary>
    Edge = 1,

    /// <summary><c>[LowLatency]</c>: small, or within the latency budget.</summary>
    LowLatency = 2,

    /// <summary><c>[Multimodal]</c>: accepts every named input modality.</summary>
    Multimodal = 3,
}

/// <summary>One requirement a model does not meet, and why, in words fit for a diagnostic.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
readonly struct RequirementFailure : IEquatable<RequirementFailure>
{
    /// <summary>Creates a failure.</summary>
    public RequirementFailure(Requirement requirement, string reason)
    {
        Requirement = requirement;
        Reason = reason;
    }

    /// <summary>The unmet requirement.</summary>
    public Requirement Requirement { get; }

    /// <summary>Why, e.g. <c>cloud only</c> or <c>405B parameters, over the 15B edge budget</c>.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(RequirementFailure other) => Requirement == other.Requirement && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RequirementFailure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Requirement * 397) ^ (Reason?.GetHashCode() ?? 0);

    /// <inheritdoc/>
    public override string ToString() => $"{Requirement}: {Reason}";
}
