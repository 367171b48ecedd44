using System.Collections.Generic;
using System.Globalization;

namespace ModelPolicies;

/// <summary>
/// The words of a policy violation, once: the message formats of MP0001, MP0002, MP0003 and MP0006 as the analyzer
/// reports them, and the same sentences for a model judged at run time, so a refused request reads like the warning
/// the build would have given.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class PolicyMessages
{
    /// <summary>
    /// MP0001. {0} site, {1} model id, {2} class, {3} why it fails, {4} <see cref="Suggestion"/>, {5} <see cref="Through"/>
    /// (the project's own wrapper the id goes through, or nothing).
    /// </summary>
    public const string EdgeModelFormat =
        "'{0}' is marked [Edge] but uses '{1}' ({2}, {3}){5}; edge code needs a small model that runs on the device{4}";

    /// <summary>MP0002. {0} site, {1} model id, {2} class, {3} why it fails, {4} <see cref="Suggestion"/>, {5} <see cref="Through"/>.</summary>
    public const string LowLatencyModelFormat =
        "'{0}' is marked [LowLatency] but uses '{1}' ({2}, {3}){5}; latency-critical code needs a small model or one within the latency budget{4}";

    /// <summary>
    /// MP0003. {0} site, {1} model id, {2} class, {3} why it fails, {4} <see cref="Suggestion"/>, {5} required
    /// modalities, {6} <see cref="Through"/>.
    /// </summary>
    public const string MultimodalModelFormat =
        "'{0}' is marked [Multimodal] but uses '{1}' ({2}, {3}){6}; this code needs a model that takes {5}{4}";

    /// <summary>MP0006. {0} site, {1} model id, {2} the context's requirements (<see cref="Describe"/>), {3} <see cref="Through"/>.</summary>
    public const string UnknownModelFormat =
        "'{0}' uses model '{1}'{3}, which the catalog does not know, so it cannot be checked against {2}; fix the id or add the model to models.json";

    /// <summary>MP0007. {0} site, {1} the sink, {2} the context's requirements (<see cref="Describe"/>), {3} where the value comes from.</summary>
    public const string UnverifiableModelIdFormat =
        "'{0}' passes a model id that is not known at build time ({3}) to {1}, so it cannot be checked against {2}; use a constant id or a typed client, or enforce the policy at run time with UseModelPolicy (docs/runtime.md)";

    /// <summary>
    /// MP0013, and its run-time twin: a model used for a task it does not perform (docs/catalog.md, "Tasks"). {0} site,
    /// {1} model id, {2} class, {3} the tasks it performs, {4} the task asked of it, {5} <see cref="Suggestion"/>.
    /// </summary>
    public const string TaskMismatchFormat =
        "'{0}' uses '{1}' ({2}, {3}) for {4}, a task it does not perform; use a model that performs {4}{5}";

    /// <summary>Run time only: a request that names no model. {0} site, {1} the context's requirements (<see cref="Describe"/>).</summary>
    public const string UnnamedModelFormat =
        "'{0}' sends a request that names no model, so it cannot be checked against {1}; set the model id in the request's options or on the client";

    /// <summary>Run time only: the reason each requirement fails for a model the catalog does not know.</summary>
    public const string NotInCatalogReason = "not in the catalog, so not shown to meet it";

    /// <summary>The name messages give a place that is no member: top-level code, or requirements given without a context.</summary>
    public const string UnnamedSite = "code";

    /// <summary>The message of one failed requirement, exactly as MP0001–MP0003 word it.</summary>
    /// <param name="failure">The failure, from <see cref="ModelTaxonomy.Check"/>.</param>
    /// <param name="site">Where the model is used: the member (build time) or the context (run time).</param>
    /// <param name="modelId">The model as the code names it.</param>
    /// <param name="model">What the catalog knows of it.</param>
    /// <param name="requirements">The context's requirements.</param>
    /// <param name="suggestion">A compliant stand-in (<see cref="ModelCatalog.Best"/>), or null.</param>
    public static string Format(RequirementFailure failure, string site, string modelId, ModelDescriptor model, ModelRequirements requirements, CatalogEntry? suggestion)
    {
        var className = ModelTaxonomy.ClassName(model.Class);
        var such = Suggestion(suggestion);
        return failure.Requirement switch
        {
            Requirement.Edge => Text(EdgeModelFormat, site, modelId, className, failure.Reason, such, string.Empty),
            Requirement.LowLatency => Text(LowLatencyModelFormat, site, modelId, className, failure.Reason, such, string.Empty),
            _ => Text(MultimodalModelFormat, site, modelId, className, failure.Reason, such, ModelTaxonomy.Names(requirements.Inputs), string.Empty),
        };
    }

    /// <summary>The message of a model the catalog does not know, exactly as MP0006 words it.</summary>
    public static string FormatUnknown(string site, string modelId, ModelRequirements requirements) =>
        Text(UnknownModelFormat, site, modelId, Describe(requirements), string.Empty);

    /// <summary>
    /// How messages say the model id goes through the project's own wrappers to the SDK (<c> through Ask → GetChatClient</c>),
    /// or nothing for a direct use.
    /// </summary>
    public static string Through(IReadOnlyList<string>? path) =>
        path is null || path.Count == 0 ? string.Empty : " through " + string.Join(" → ", path);

    /// <summary>The message of a model asked for a task it does not perform.</summary>
    public static string FormatTaskMismatch(string site, string modelId, ModelDescriptor model, ModelTask task, CatalogEntry? suggestion) =>
        Text(TaskMismatchFormat, site, modelId, ModelTaxonomy.ClassName(model.Class), ModelVocabulary.Names(model.Tasks), ModelVocabulary.Names(task), Suggestion(suggestion));

    /// <summary>The message of a request that names no model.</summary>
    public static string FormatUnnamed(string site, ModelRequirements requirements) =>
        Text(UnnamedModelFormat, site, Describe(requirements));

    /// <summary>The end of a message that names a compliant model: <c>, such as 'phi-4-mini'</c>, or nothing.</summary>
    public static string Suggestion(CatalogEntry? best) => best is null ? string.Empty : $", such as '{best.Id}'";

    /// <summary>The attributes behind the requirements, for messages: <c>[Edge] (local, ≤ 15B), [LowLatency] (small or ≤ 300 ms)</c>.</summary>
    public static string Describe(ModelRequirements requirements)
    {
        var parts = new List<string>(3);
        if (requirements.EdgeMaxParameters is { } edge)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.Edge)} (local, ≤ {ModelSize.FormatParameters(edge)})");
        }

        if (requirements.LowLatencyMaxMilliseconds is { } ms)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.LowLatency)} (small or ≤ {ms} ms)");
        }

        if (requirements.Inputs != Modality.None)
        {
            parts.Add($"{ModelVocabulary.Marker(Requirement.Multimodal)} ({ModelTaxonomy.Names(requirements.Inputs)})");
        }

        return string.Join(", ", parts);
    }

    // Diagnostics format their arguments the same way; every argument is a string, so the culture never shows.
    private static string Text(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
