using System;

namespace ModelPolicies;

/// <summary>The kinds of input a model accepts.</summary>
[Flags]
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum Modality
{
    /// <summary>No input named.</summary>
    None = 0,

    /// <summary>Text.</summary>
    Text = 1,

    /// <summary>Images.</summary>
    Image = 2,

    /// <summary>Audio.</summary>
    Audio = 4,

    /// <summary>Video.</summary>
    Video = 8,
}
