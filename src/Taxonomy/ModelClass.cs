namespace ModelPolicies;

/// <summary>The class of a model (docs/catalog.md, "Model classes"). <see cref="Fm"/> is the umbrella: an LLM is also a foundation model.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum ModelClass
{
    /// <summary>Large language model: text only, over the SLM boundary.</summary>
    Llm = 1,

    /// <summary>Small language model: text only, within the SLM boundary; runs on the device.</summary>
    Slm = 2,

    /// <summary>Foundation model: broad and multimodal (takes more than text).</summary>
    Fm = 3,
}
