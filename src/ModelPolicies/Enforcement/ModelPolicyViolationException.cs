using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>
/// A request refused by a model policy: the model does not meet its context's requirements (or cannot be shown to),
/// or does not perform the client's task. <see cref="Exception.Message"/> is the analyzer's message for the same
/// model and requirement (one line per failed requirement).
/// </summary>
public sealed class ModelPolicyViolationException : InvalidOperationException
{
    /// <summary>Creates the exception for a violation.</summary>
    public ModelPolicyViolationException(
        string? modelId,
        ModelPolicyViolationKind kind,
        IReadOnlyList<RequirementFailure> failures,
        ModelRequirements requirements,
        IReadOnlyList<string> messages,
        string contextName,
        ModelTask task,
        ModelPolicyPhase phase)
        : base(string.Join(Environment.NewLine, messages ?? throw new ArgumentNullException(nameof(messages))))
    {
        ModelId = modelId;
        Kind = kind;
        Failures = failures ?? throw new ArgumentNullException(nameof(failures));
        Requirements = requirements ?? throw new ArgumentNullException(nameof(requirements));
        Messages = messages;
        ContextName = contextName ?? throw new ArgumentNullException(nameof(contextName));
        Task = task;
        Phase = phase;
    }

    /// <summary>The model judged, as the request or response named it; null when the request named none.</summary>
    public string? ModelId { get; }

    /// <summary>Why it is a violation.</summary>
    public ModelPolicyViolationKind Kind { get; }

    /// <summary>
    /// The requirements the model fails, each with the analyzer's reason (<c>cloud only</c>); for a model the catalog
    /// does not know, every requirement of the context, none shown to hold. Empty for a task mismatch.
    /// </summary>
    public IReadOnlyList<RequirementFailure> Failures { get; }

    /// <summary>Everything the context requires.</summary>
    public ModelRequirements Requirements { get; }

    /// <summary>One message per failure, in the analyzer's words (MP0001–MP0003, MP0006).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The context, as messages name it: the context type's name, or <c>code</c> for requirements given directly.</summary>
    public string ContextName { get; }

    /// <summary>The task of the client that refused the call.</summary>
    public ModelTask Task { get; }

    /// <summary>Whether the request's model or the response's was refused.</summary>
    public ModelPolicyPhase Phase { get; }
}
