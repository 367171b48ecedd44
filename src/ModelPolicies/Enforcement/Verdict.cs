using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>What a policy says of one model name for one task, with the words of the violation when there is one.</summary>
internal sealed class Verdict
{
    private static readonly RequirementFailure[] NoFailures = Array.Empty<RequirementFailure>();

    private Verdict(string? modelId, CatalogEntry? entry, ModelPolicyViolationKind? violation, RequirementFailure[] failures, string[] messages)
    {
        ModelId = modelId;
        Entry = entry;
        Violation = violation;
        Failures = failures;
        Messages = messages;
        Markers = Join(failures);
    }

    public string? ModelId { get; }

    /// <summary>The catalog's entry for the model, or null when it has none.</summary>
    public CatalogEntry? Entry { get; }

    /// <summary>Null when the model complies (or is exempt); otherwise why it does not, or why it cannot be shown to.</summary>
    public ModelPolicyViolationKind? Violation { get; }

    /// <summary>True when the catalog cannot say (an unknown or unnamed model): the caller decides whether to fail closed.</summary>
    public bool IsUnverified => Violation is ModelPolicyViolationKind.UnknownModel or ModelPolicyViolationKind.UnnamedModel;

    public IReadOnlyList<RequirementFailure> Failures { get; }

    public IReadOnlyList<string> Messages { get; }

    /// <summary>The failed requirements as messages write them: <c>[Edge], [LowLatency]</c>.</summary>
    public string Markers { get; }

    public static Verdict Of(ModelPolicy policy, string modelId, ModelTask task)
    {
        var catalog = policy.Settings.Catalog;
        var requirements = policy.Requirements;
        var entry = catalog.Find(modelId);
        if (entry is not null && (entry.Model.Tasks & task) == ModelTask.None)
        {
            // A bug in any context, exempt or not: the model cannot serve this client at all.
            var performer = new ModelDescriptor(entry.Id, entry.Model.Class, entry.Model.Size, Modality.None, entry.Model.Deployment, provider: entry.Model.Provider, tasks: task);
            var message = PolicyMessages.FormatTaskMismatch(policy.ContextName, modelId, entry.Model, task, catalog.Best(requirements, performer));
            return new Verdict(modelId, entry, ModelPolicyViolationKind.Task, NoFailures, new[] { message });
        }

        if (requirements.IsEmpty || policy.Allows(modelId, entry))
        {
            return new Verdict(modelId, entry, null, NoFailures, Array.Empty<string>());
        }

        if (entry is null)
        {
            return new Verdict(modelId, null, ModelPolicyViolationKind.UnknownModel, Unverified(requirements), new[] { PolicyMessages.FormatUnknown(policy.ContextName, modelId, requirements) });
        }

        var failures = ModelTaxonomy.Check(entry.Model, requirements, catalog.SlmMaxParameters);
        if (failures.Count == 0)
        {
            return new Verdict(modelId, entry, null, NoFailures, Array.Empty<string>());
        }

        var suggestion = catalog.Best(requirements, entry.Model);
        var messages = new string[failures.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = PolicyMessages.Format(failures[i], policy.ContextName, modelId, entry.Model, requirements, suggestion);
        }

        return new Verdict(modelId, entry, ModelPolicyViolationKind.Requirement, ToArray(failures), messages);
    }

    public static Verdict Unnamed(ModelPolicy policy) =>
        policy.Requirements.IsEmpty
            ? new Verdict(null, null, null, NoFailures, Array.Empty<string>())
            : new Verdict(null, null, ModelPolicyViolationKind.UnnamedModel, Unverified(policy.Requirements), new[] { PolicyMessages.FormatUnnamed(policy.ContextName, policy.Requirements) });

    // Every requirement of the context, none of which the catalog can show to be met.
    private static RequirementFailure[] Unverified(ModelRequirements requirements)
    {
        var failures = new List<RequirementFailure>(3);
        if (requirements.EdgeMaxParameters is not null)
        {
            failures.Add(new RequirementFailure(Requirement.Edge, PolicyMessages.NotInCatalogReason));
        }

        if (requirements.LowLatencyMaxMilliseconds is not null)
        {
            failures.Add(new RequirementFailure(Requirement.LowLatency, PolicyMessages.NotInCatalogReason));
        }

        if (requirements.Inputs != Modality.None)
        {
            failures.Add(new RequirementFailure(Requirement.Multimodal, PolicyMessages.NotInCatalogReason));
        }

        return failures.ToArray();
    }

    private static string Join(RequirementFailure[] failures)
    {
        var markers = new string[failures.Length];
        for (var i = 0; i < markers.Length; i++)
        {
            markers[i] = ModelVocabulary.Marker(failures[i].Requirement);
        }

        return string.Join(", ", markers);
    }

    private static RequirementFailure[] ToArray(IReadOnlyList<RequirementFailure> failures)
    {
        var array = new RequirementFailure[failures.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = failures[i];
        }

        return array;
    }
}
