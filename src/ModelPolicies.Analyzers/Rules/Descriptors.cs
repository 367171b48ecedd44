using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// Every diagnostic ModelPolicies reports, in one place. Message arguments are listed above each; the messages of a
/// model that fails a context are the taxonomy's <see cref="PolicyMessages"/>, which the run time words its refusals with.
/// </summary>
internal static class Descriptors
{
    // {0} site, {1} model id, {2} class, {3} why it fails, {4} ", such as 'x'" or "", {5} " through Ask → GetChatClient" or "".
    public static readonly DiagnosticDescriptor EdgeModel = Create(
        RuleIds.EdgeModel,
        "Edge code uses a model that cannot run on the device",
        PolicyMessages.EdgeModelFormat);

    // {0} site, {1} model id, {2} class, {3} why it fails, {4} ", such as 'x'" or "", {5} " through Ask → GetChatClient" or "".
    public static readonly DiagnosticDescriptor LowLatencyModel = Create(
        RuleIds.LowLatencyModel,
        "Latency-critical code uses a model that is neither small nor fast enough",
        PolicyMessages.LowLatencyModelFormat);

    // {0} site, {1} model id, {2} class, {3} why it fails, {4} ", such as 'x'" or "", {5} required modalities,
    // {6} " through Ask → GetChatClient" or "".
    public static readonly DiagnosticDescriptor MultimodalModel = Create(
        RuleIds.MultimodalModel,
        "Multimodal code uses a model that lacks a required input modality",
        PolicyMessages.MultimodalModelFormat);

    // {0} model id, {1} declared class, {2} why it contradicts, {3} the class to declare.
    public static readonly DiagnosticDescriptor CatalogClassContradiction = Create(
        RuleIds.CatalogClassContradiction,
        "A catalog entry's class contradicts its size or inputs",
        "Catalog entry '{0}' is declared '{1}', but {2}; declare it '{3}'");

    // {0} the context, {1} its combined requirements.
    public static readonly DiagnosticDescriptor UnsatisfiableContext = Create(
        RuleIds.UnsatisfiableContext,
        "No catalog model satisfies the context's requirements",
        "No model in the catalog satisfies every requirement of '{0}' ({1}); add one to the catalog or relax the requirements");

    // {0} site, {1} model id, {2} the context's requirements, {3} " through Ask → GetChatClient" or "".
    public static readonly DiagnosticDescriptor UnknownModel = Create(
        RuleIds.UnknownModel,
        "Code in a context uses a model the catalog does not know",
        PolicyMessages.UnknownModelFormat);

    // {0} site, {1} the sink, {2} the context's requirements, {3} where the value comes from.
    public static readonly DiagnosticDescriptor UnverifiableModelId = Create(
        RuleIds.UnverifiableModelId,
        "A model id that is not statically known reaches a sink in a context",
        PolicyMessages.UnverifiableModelIdFormat);

    // {0} what is wrong.
    public static readonly DiagnosticDescriptor MalformedCatalog = Create(
        RuleIds.MalformedCatalog,
        "The model catalog is malformed",
        "Malformed model catalog: {0}",
        DiagnosticSeverity.Error);

    // {0} the attribute, {1} what to add.
    public static readonly DiagnosticDescriptor MissingJustification = Create(
        RuleIds.MissingJustification,
        "An exemption from a model policy has no justification",
        "{0} has no justification; {1}");

    // {0} site, {1} the attribute, {2} the call path, {3} model id, {4} class, {5} why it fails.
    public static readonly DiagnosticDescriptor TransitiveModelUse = Create(
        RuleIds.TransitiveModelUse,
        "Code in a context calls a method that uses a non-compliant model",
        "'{0}' is marked {1} but calls {2}, which uses '{3}' ({4}, {5}); make that code use a compliant model, or exempt the model here with [AllowModel]");

    // {0} model id, {1} the other model id, {2} the name both map to, {3} the name this one gets instead.
    public static readonly DiagnosticDescriptor ClientNameCollision = Create(
        RuleIds.ClientNameCollision,
        "Two catalog models map to the same typed-client name",
        "Model '{0}' maps to the typed-client name '{2}', already taken by '{1}', so its client is generated as '{3}'; rename one of the ids to get a predictable name");

    // {0} site, {1} model id, {2} class, {3} the tasks it performs, {4} the sink's task, {5} ", such as 'x'" or "".
    public static readonly DiagnosticDescriptor TaskMismatch = Create(
        RuleIds.TaskMismatch,
        "A model is used for a task it does not perform",
        PolicyMessages.TaskMismatchFormat);

    // {0} option key, {1} value, {2} what is wrong, {3} what happens instead.
    public static readonly DiagnosticDescriptor InvalidOption = new(
        RuleIds.InvalidOption,
        "A ModelPolicies option has an invalid value",
        "Option '{0}' has an invalid value '{1}': {2}; {3}",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: RuleIds.HelpLink(RuleIds.InvalidOption),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new(id, title, message, RuleIds.Category, severity, isEnabledByDefault: true, helpLinkUri: RuleIds.HelpLink(id));
}
