using System.Collections.Immutable;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>What a sink takes: a model id (an id, an alias, a deployment name) or the path of a local model.</summary>
internal enum SinkValue
{
    Id,

    /// <summary>A model file or folder (<c>modelPath</c>, ONNX Runtime GenAI, LLamaSharp): a local model, named by its path.</summary>
    Path,
}

/// <summary>
/// A place that takes a model (docs/rules/MP0001.md, "What counts as a use"): how messages name it and its member, the
/// tasks a model must perform there (<see cref="ModelTask.None"/>: any), what kind of value it takes, and — for a
/// wrapper of the project's own — the methods from it to the SDK member it hands the value to, and the requirements
/// enforced at run time on the request the value ends up in (docs/runtime.md), if any.
/// </summary>
internal sealed record Sink(string Description, string Member, ModelTask Tasks, SinkValue Value, ImmutableArray<string> Path)
{
    /// <summary>
    /// For a wrapper: the requirements a run-time policy enforces on the request its value ends up in (the options go
    /// to a <c>ModelPolicyChatClient&lt;TContext&gt;</c>), or null.
    /// </summary>
    public ModelRequirements? EnforcedAtRunTime { get; init; }

    public static Sink Of(string description, string member, ModelTask tasks, SinkValue value) =>
        new(description, member, tasks, value, ImmutableArray<string>.Empty);

    /// <summary>True when a wrapper of the project's own leads to the SDK sink.</summary>
    public bool IsWrapper => !Path.IsDefaultOrEmpty;

    /// <summary>" through Ask → GetChatClient", or "" for an SDK sink: how messages say where a wrapper leads.</summary>
    public string Via => PolicyMessages.Through(IsWrapper ? Path : null);

    /// <summary>This sink reached through <paramref name="wrapper"/>: a parameter of a method that hands its value on here.</summary>
    public Sink Through(string wrapper, string description) =>
        this with { Description = description, Path = (IsWrapper ? Path : ImmutableArray.Create(Member)).Insert(0, wrapper) };
}
