namespace ModelPolicies;

/// <summary>What a model policy client does with a violation (docs/runtime.md, "Report mode").</summary>
public enum ModelPolicyMode
{
    /// <summary>Refuses the call: throws <see cref="ModelPolicyViolationException"/>. The default.</summary>
    Enforce = 0,

    /// <summary>Logs the violation, records it on <see cref="System.Diagnostics.Activity.Current"/>, and lets the call through.</summary>
    Report = 1,
}

/// <summary>Why a model was judged a violation.</summary>
public enum ModelPolicyViolationKind
{
    /// <summary>The catalog knows the model and it fails one or more of the context's requirements (MP0001–MP0003).</summary>
    Requirement = 1,

    /// <summary>The catalog does not know the model, so the context's requirements cannot be shown to hold (MP0006).</summary>
    UnknownModel = 2,

    /// <summary>The request named no model (neither its options nor the client's metadata), so nothing can be shown to hold.</summary>
    UnnamedModel = 3,

    /// <summary>The model does not perform the client's task: a chat request to an embedding model (docs/catalog.md, "Tasks").</summary>
    Task = 4,
}

/// <summary>When a violation was found.</summary>
public enum ModelPolicyPhase
{
    /// <summary>Before the request was sent: the model the request names.</summary>
    Request = 0,

    /// <summary>After the response came: the model the response says answered.</summary>
    Response = 1,
}
