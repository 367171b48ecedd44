namespace ModelPolicies;

/// <summary>
/// The names under which model policy violations appear in logs and traces (docs/runtime.md, "Telemetry"), in the
/// style of the OpenTelemetry semantic conventions: lower case, dot-separated, one namespace.
/// </summary>
public static class ModelPolicyTelemetry
{
    /// <summary>The category of the <c>ILogger</c> violations are logged to in report mode.</summary>
    public const string LoggerCategory = "ModelPolicies";

    /// <summary>The id of the log event of a violation.</summary>
    public const int ViolationEventId = 1;

    /// <summary>The name of the log event, and of the <see cref="System.Diagnostics.ActivityEvent"/> added to the current activity.</summary>
    public const string ViolationEventName = "modelpolicies.violation";

    /// <summary>Tag: the model judged (as the request or response named it).</summary>
    public const string ModelTag = "modelpolicies.model";

    /// <summary>Tag: the requirements not shown to hold, as markers: <c>[Edge]</c>, <c>[Edge], [LowLatency]</c>; empty for a task mismatch.</summary>
    public const string RequirementTag = "modelpolicies.requirement";

    /// <summary>Tag: why (<see cref="ModelPolicyViolationKind"/>): <c>requirement</c>, <c>unknown_model</c>, <c>unnamed_model</c> or <c>task</c>.</summary>
    public const string KindTag = "modelpolicies.kind";

    /// <summary>Tag: the context, as messages name it.</summary>
    public const string ContextTag = "modelpolicies.context";

    /// <summary>Tag: the client's task, in catalog words: <c>chat</c>, <c>embedding</c>, <c>speech-to-text</c>…</summary>
    public const string TaskTag = "modelpolicies.task";

    /// <summary>Tag: <c>request</c> or <c>response</c> (<see cref="ModelPolicyPhase"/>).</summary>
    public const string PhaseTag = "modelpolicies.phase";

    /// <summary>Tag: <c>refused</c> (enforce mode) or <c>reported</c> (report mode: the call went on).</summary>
    public const string OutcomeTag = "modelpolicies.outcome";

    /// <summary>Event tag: the message, in the analyzer's words.</summary>
    public const string MessageTag = "modelpolicies.message";

    /// <summary>The value of <see cref="OutcomeTag"/> for a refused call.</summary>
    public const string Refused = "refused";

    /// <summary>The value of <see cref="OutcomeTag"/> for a call let through in report mode.</summary>
    public const string Reported = "reported";

    /// <summary>The value of <see cref="KindTag"/> for a kind of violation.</summary>
    public static string KindName(ModelPolicyViolationKind kind) => kind switch
    {
        ModelPolicyViolationKind.Requirement => "requirement",
        ModelPolicyViolationKind.UnknownModel => "unknown_model",
        ModelPolicyViolationKind.UnnamedModel => "unnamed_model",
        ModelPolicyViolationKind.Task => "task",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The value of <see cref="PhaseTag"/> for a phase.</summary>
    public static string PhaseName(ModelPolicyPhase phase) => phase == ModelPolicyPhase.Response ? "response" : "request";
}
