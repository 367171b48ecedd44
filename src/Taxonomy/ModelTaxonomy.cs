using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>
/// The taxonomy (docs/catalog.md, "Model classes") as pure functions: which class a model's size and inputs imply, and
/// whether a model meets a context's requirements — with the reason when it does not.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class ModelTaxonomy
{
    /// <summary>The default SLM boundary: 15B parameters.</summary>
    public const long DefaultSlmMaxParameters = 15_000_000_000;

    /// <summary>The default <c>[LowLatency]</c> budget: 300 ms.</summary>
    public const int DefaultLowLatencyMaxMilliseconds = 300;

    /// <summary>
    /// The class that <paramref name="size"/> and <paramref name="inputs"/> imply: non-text inputs make a
    /// foundation model; text only within the boundary is an SLM, beyond it an LLM. Null when the size is unknown
    /// and the inputs are text only.
    /// </summary>
    public static ModelClass? ImpliedClass(ModelSize size, Modality inputs, long slmMaxParameters = DefaultSlmMaxParameters)
    {
        if ((inputs & ~Modality.Text) != 0)
        {
            return ModelClass.Fm;
        }

        if (size.IsUnknown)
        {
            return null;
        }

        return size.IsWithin(slmMaxParameters, slmMaxParameters) ? ModelClass.Slm : ModelClass.Llm;
    }

    /// <summary>
    /// Why <paramref name="declared"/> contradicts the size and inputs, or null when it does not. Declaring
    /// <see cref="ModelClass.Fm"/> for a text-only model beyond the boundary is accepted: an LLM is also a
    /// foundation model.
    /// </summary>
    public static string? Contradiction(ModelClass declared, ModelSize size, Modality inputs, long slmMaxParameters = DefaultSlmMaxParameters)
    {
        var implied = ImpliedClass(size, inputs, slmMaxParameters);
        if (implied is null || implied == declared || (declared == ModelClass.Fm && implied == ModelClass.Llm))
        {
            return null;
        }

        var boundary = ModelSize.FormatParameters(slmMaxParameters);
        return implied switch
        {
            ModelClass.Fm => $"it takes {Names(inputs)} input, so it is multimodal: a foundation model (fm)",
            ModelClass.Slm => $"it is text-only and {SizeText(size)} is within the {boundary} SLM boundary: a small language model (slm)",
            _ => $"it is text-only and {SizeText(size)} is beyond the {boundary} SLM boundary: a large language model (llm)",
        };
    }

    /// <summary>True when <paramref name="model"/> meets every requirement.</summary>
    /// <remarks>The same tests as <see cref="Check"/>, without building its reasons: suggestions run it over whole catalogs.</remarks>
    public static bool Satisfies(ModelDescriptor model, ModelRequirements requirements, long slmMaxParameters = DefaultSlmMaxParameters) =>
        !(requirements.EdgeMaxParameters is { } edgeBudget && FailsEdge(model, edgeBudget, slmMaxParameters))
        && !(requirements.LowLatencyMaxMilliseconds is { } latencyBudget && FailsLowLatency(model, latencyBudget, slmMaxParameters))
        && (requirements.Inputs & ~model.Inputs) == Modality.None;

    /// <summary>Every requirement <paramref name="model"/> fails, in the order edge, low latency, multimodal.</summary>
    public static IReadOnlyList<RequirementFailure> Check(ModelDescriptor model, ModelRequirements requirements, long slmMaxParameters = DefaultSlmMaxParameters)
    {
        List<RequirementFailure>? failures = null;

        if (requirements.EdgeMaxParameters is { } edgeBudget && FailsEdge(model, edgeBudget, slmMaxParameters))
        {
            // Not running locally is reason enough; the size matters only for a model that could run here.
            var reason = !model.RunsLocally ? "cloud only" : OverBudget(model.Size, edgeBudget, "edge");
            (failures ??= new()).Add(new RequirementFailure(Requirement.Edge, reason));
        }

        if (requirements.LowLatencyMaxMilliseconds is { } latencyBudget && FailsLowLatency(model, latencyBudget, slmMaxParameters))
        {
            var latency = model.LatencyMs is { } ms
                ? $"{ms} ms typical latency, over the {latencyBudget} ms budget"
                : $"no catalog latency within the {latencyBudget} ms budget";
            (failures ??= new()).Add(new RequirementFailure(Requirement.LowLatency, $"{SizeText(model.Size)}, not small, and {latency}"));
        }

        var missing = requirements.Inputs & ~model.Inputs;
        if (missing != Modality.None)
        {
            (failures ??= new()).Add(new RequirementFailure(Requirement.Multimodal, $"takes {Names(model.Inputs)} only, no {Names(missing)}"));
        }

        return failures ?? (IReadOnlyList<RequirementFailure>)System.Array.Empty<RequirementFailure>();
    }

    // [Edge]: the model runs on the device and fits the parameter budget.
    private static bool FailsEdge(ModelDescriptor model, long edgeBudget, long slmMaxParameters) =>
        !model.RunsLocally || !model.Size.IsWithin(edgeBudget, slmMaxParameters);

    // [LowLatency]: a small model, or a catalog latency within the budget.
    private static bool FailsLowLatency(ModelDescriptor model, int latencyBudget, long slmMaxParameters) =>
        !model.Size.IsWithin(slmMaxParameters, slmMaxParameters) && !(model.LatencyMs <= latencyBudget);

    /// <summary>The short name of a class: <c>LLM</c>, <c>SLM</c> or <c>FM</c>.</summary>
    public static string ClassName(ModelClass modelClass) => ModelVocabulary.ShortName(modelClass);

    /// <summary>A model in a few words: <c>SLM, 3.8B, runs locally</c> or <c>FM, large, cloud only</c>.</summary>
    public static string Describe(ModelDescriptor model) =>
        $"{ClassName(model.Class)}, {model.Size}, {(model.RunsLocally ? "runs locally" : "cloud only")}";

    /// <summary>Modalities as words: <c>text, image</c>.</summary>
    public static string Names(Modality modalities) => ModelVocabulary.Names(modalities);

    private static string SizeText(ModelSize size) =>
        size.Parameters > 0 ? $"{size} parameters" : $"size '{size}'";

    private static string OverBudget(ModelSize size, long budget, string what) =>
        size.Parameters > 0
            ? $"{size} parameters, over the {ModelSize.FormatParameters(budget)} {what} budget"
            : $"size '{size}', not known to fit the {ModelSize.FormatParameters(budget)} {what} budget";
}
