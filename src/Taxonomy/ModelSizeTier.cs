namespace ModelPolicies;

/// <summary>A size class that stands in for an undisclosed parameter count.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum ModelSizeTier
{
    /// <summary>No tier given.</summary>
    Unspecified = 0,

    /// <summary>Within the SLM boundary.</summary>
    Small = 1,

    /// <summary>Beyond the SLM boundary.</summary>
    Large = 2,

    /// <summary>Far beyond the SLM boundary (hundreds of billions of parameters or more).</summary>
    VeryLarge = 3,
}
