using System;

namespace ModelPolicies;

/// <summary>
/// The code sends non-text inputs: every model it uses must accept each named modality. Checked by MP0003.
/// </summary>
[AttributeUsage(ContextTargets.All, Inherited = false)]
public sealed class MultimodalAttribute : Attribute
{
    /// <summary>Requires image input.</summary>
    public MultimodalAttribute()
        : this(Modality.Image)
    {
    }

    /// <summary>Requires every modality in <paramref name="modalities"/>.</summary>
    public MultimodalAttribute(Modality modalities) => Modalities = modalities;

    /// <summary>The modalities every model used here must accept.</summary>
    public Modality Modalities { get; }
}
