using System;

namespace ModelPolicies;

/// <summary>Where a model can run.</summary>
[Flags]
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum ModelDeployment
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>On the device or at the edge (weights available, runnable locally).</summary>
    Local = 1,

    /// <summary>As a hosted service.</summary>
    Cloud = 2,
}
