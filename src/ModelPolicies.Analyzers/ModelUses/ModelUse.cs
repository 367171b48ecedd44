using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>The forms a use of a model takes (docs/rules/MP0001.md, "What counts as a use").</summary>
internal enum ModelUseKind
{
    /// <summary>A typed client or other <c>[ModelClient]</c> type: construction, member access, <c>typeof</c>, generic argument, injection.</summary>
    TypedClient,

    /// <summary>A statically known model id reaching a model-id sink.</summary>
    ModelIdAtSink,

    /// <summary>A call to, or delegate of, a member marked <c>[UsesModel]</c>.</summary>
    UsesModelMember,

    /// <summary>A model id that is not statically known reaching a sink (MP0007).</summary>
    UnverifiableId,
}

/// <summary>
/// One use of a model at one place. <see cref="Model"/> is the name as written (null for
/// <see cref="ModelUseKind.UnverifiableId"/>; a path for a local model); <see cref="Origin"/> is where a constant id was
/// written when that is not the use itself (the initializer of a local, say). <see cref="Target"/> is the sink of an id
/// or path, <see cref="Source"/> says where an unknown value comes from ("parameter 'model' of 'Run'"), and
/// <see cref="Via"/> how a known one gets there, for messages (" through Ask → GetChatClient", " from 'AI:ModelId' in appsettings.json").
/// </summary>
internal readonly record struct ModelUse(
    ModelUseKind Kind,
    string? Model,
    Location Location,
    Location? Origin,
    string Sink,
    Sink? Target = null,
    string? Source = null,
    string Via = "")
{
    /// <summary>True when the model is a local model named by its file or folder.</summary>
    public bool IsLocalPath => Target?.Value == SinkValue.Path;
}
