using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// Decides which parameters, properties and fields take a model (docs/rules/MP0001.md, "What counts as a use"):
/// <c>[ModelId]</c> members; model-named string parameters of members of the AI SDKs, Aspire, agent frameworks and local
/// runtimes; settable model properties of their option types; configured sinks; and the project's own wrappers, whose
/// string parameters flow unchanged to one of those. Each sink carries the task a model must perform there.
/// </summary>
internal sealed class ModelIdSinks
{
    // Parameter names that carry a model id, an alias or a deployment name ("modelVersion" is not an id).
    private static readonly ImmutableHashSet<string> IdParameterNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "model", "modelId", "modelName", "defaultModel", "defaultModelId", "deploymentName", "deployment", "aliasOrModelId", "modelAlias");

    // Parameter names that carry a local model's file or folder.
    private static readonly ImmutableHashSet<string> PathParameterNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "modelPath", "modelDir", "modelFolder");

    // Namespaces (and assemblies, for SDKs that put extension methods in Microsoft.Extensions.DependencyInjection) whose
    // members take models.
    private static readonly string[] SdkPrefixes =
    {
        "Microsoft.Extensions.AI", "OpenAI", "Azure.AI.", "OllamaSharp", "Microsoft.SemanticKernel", "Anthropic",
        "Aspire.Hosting", "CommunityToolkit.Aspire", "Microsoft.Extensions.Hosting", "Microsoft.Agents.AI",
        "Microsoft.KernelMemory", "LLama", "Microsoft.ML.OnnxRuntimeGenAI", "Microsoft.AI.Foundry", "Microsoft.Windows.AI",
    };

    // A settable string property whose name is, or ends with, one of these takes a model.
    private static readonly string[] IdPropertySuffixes = { "ModelId", "Model", "ModelName", "ModelAlias", "DeploymentName" };

    // …and one whose name ends with one of these takes a local model's file or folder (LLamaSharp, ONNX, Kernel Memory).
    private static readonly string[] PathPropertySuffixes = { "ModelPath", "ModelDir", "ModelFolder" };

    // Types that report what answered rather than choose (ChatResponse.ModelId, ChatResponseUpdate.ModelId,
    // Embedding.ModelId, new ChatMessageContent(…, modelId), new ChatClientMetadata(…, defaultModelId)): neither their
    // model properties nor their constructors' model parameters are sinks.
    private static readonly string[] ReportTypeSuffixes =
    {
        "Response", "Update", "Result", "Completion", "Content", "Chunk", "Metadata", "Message", "Usage", "Info", "Details",
        "Embedding", "Stream",
    };

    // The task a sink serves, from the words in its member's name, then its type's: the first rule that matches wins.
    private static readonly (ModelTask Tasks, string[] Words)[] TaskWords =
    {
        (ModelTask.SpeechToText, new[] { "SpeechToText", "AudioToText", "Transcri" }),
        (ModelTask.TextToSpeech, new[] { "TextToSpeech", "TextToAudio" }),
        (ModelTask.ImageGeneration, new[] { "TextToImage", "ImageGenerat", "Image" }),
        (ModelTask.Embedding, new[] { "Embedding" }),
        (ModelTask.Chat, new[] { "Chat", "Completion", "TextGeneration", "TextModel" }),
        (ModelTask.SpeechToText | ModelTask.TextToSpeech, new[] { "Audio" }),
    };

    private readonly INamedTypeSymbol? _modelIdAttribute;
    private readonly ImmutableHashSet<string> _configured;
    private readonly WrapperSinks _wrappers;
    private readonly ConcurrentDictionary<ISymbol, Sink?> _cache = new(ReferenceComparer<ISymbol>.Instance);
    private readonly ConcurrentDictionary<INamespaceSymbol, bool> _sdkNamespaces = new(ReferenceComparer<INamespaceSymbol>.Instance);

    /// <param name="compilation">The compilation whose own methods may be wrappers.</param>
    /// <param name="modelIdAttribute"><c>[ModelId]</c>, or null.</param>
    /// <param name="configured">The members <c>model_policies.model_id_sinks</c> names.</param>
    /// <param name="enforcedAt">The requirements enforced at run time on the request an assignment to a model property sets (<see cref="RunTimeEnforcement.Of"/>).</param>
    public ModelIdSinks(Compilation compilation, INamedTypeSymbol? modelIdAttribute, ImmutableArray<string> configured, Func<IOperation, ModelRequirements?>? enforcedAt = null)
    {
        _modelIdAttribute = modelIdAttribute;
        _configured = configured.ToImmutableHashSet(StringComparer.Ordinal);
        _wrappers = new WrapperSinks(compilation, this, enforcedAt);
    }

    /// <summary>The sink a parameter is, SDK or wrapper, or null. A wrapper is summarized once, when first asked.</summary>
    public Sink? Of(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        Direct(parameter) ?? _wrappers.Of(parameter, cancellationToken);

    /// <summary>The sink a parameter is without looking into the project's own methods: <c>[ModelId]</c>, SDK, configured.</summary>
    public Sink? Direct(IParameterSymbol parameter) =>
        _cache.TryGetValue(parameter, out var sink) ? sink : _cache.GetOrAdd(parameter, Classify(parameter));

    /// <summary>The sink a property or field is when assigned, or null.</summary>
    public Sink? OfMember(ISymbol member) =>
        member is IPropertySymbol or IFieldSymbol
            ? _cache.TryGetValue(member, out var sink) ? sink : _cache.GetOrAdd(member, ClassifyMember(member))
            : null;

    private Sink? Classify(IParameterSymbol parameter)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return null;
        }

        var definition = method.OriginalDefinition;
        if (ModelIdAttribute(parameter) is { } attribute)
        {
            return Sink.Of(Describe(parameter, definition), definition.Name, AttributeTask(attribute), PathParameterNames.Contains(parameter.Name) ? SinkValue.Path : SinkValue.Id);
        }

        if (!_configured.IsEmpty && definition.GetDocumentationCommentId() is { } id && _configured.Contains(id))
        {
            // A configured method sink: its model-named parameter, else its first string parameter.
            var chosen = -1;
            foreach (var p in definition.Parameters)
            {
                if (IdParameterNames.Contains(p.Name) || PathParameterNames.Contains(p.Name))
                {
                    chosen = p.Ordinal;
                    break;
                }
            }

            if (chosen < 0)
            {
                foreach (var p in definition.Parameters)
                {
                    if (p.Type.SpecialType == SpecialType.System_String)
                    {
                        chosen = p.Ordinal;
                        break;
                    }
                }
            }

            return chosen == parameter.Ordinal ? Sink.Of(Describe(parameter, definition), definition.Name, ModelTask.None, SinkValue.Id) : null;
        }

        var value = IdParameterNames.Contains(parameter.Name) ? SinkValue.Id
            : PathParameterNames.Contains(parameter.Name) ? SinkValue.Path
            : (SinkValue?)null;
        return value is { } kind && IsInAiSdk(definition) && !EndsWithAny(definition.ContainingType.Name, ReportTypeSuffixes)
            ? Sink.Of(Describe(parameter, definition), MemberName(definition), TaskOf(definition), kind)
            : null;
    }

    private Sink? ClassifyMember(ISymbol member)
    {
        if (ModelIdAttribute(member) is { } attribute)
        {
            return Sink.Of(Description(member), member.Name, AttributeTask(attribute), SinkValue.Id);
        }

        if (!_configured.IsEmpty && member.OriginalDefinition.GetDocumentationCommentId() is { } id && _configured.Contains(id))
        {
            return Sink.Of(Description(member), member.Name, ModelTask.None, SinkValue.Id);
        }

        if (member is not IPropertySymbol { IsReadOnly: false, Type.SpecialType: SpecialType.System_String } property
            || EndsWithAny(property.ContainingType.Name, ReportTypeSuffixes)
            || !IsInAiSdk(property.ContainingType))
        {
            return null;
        }

        var kind = EndsWithAny(property.Name, PathPropertySuffixes) ? SinkValue.Path
            : EndsWithAny(property.Name, IdPropertySuffixes) || property.Name == "Deployment" ? SinkValue.Id
            : (SinkValue?)null;
        return kind is { } value ? Sink.Of(Description(property), $"{property.ContainingType.Name}.{property.Name}", TaskOf(property), value) : null;

        static string Description(ISymbol member) => $"'{member.ContainingType.Name}.{member.Name}'";
    }

    private AttributeData? ModelIdAttribute(ISymbol symbol)
    {
        if (_modelIdAttribute is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _modelIdAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    // [ModelId(Task = ModelTask.Embedding)]; without it the sink takes a model of any task.
    private static ModelTask AttributeTask(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Task" && argument.Value.Value is int task)
            {
                return (ModelTask)task & ModelVocabulary.AllTasks;
            }
        }

        return ModelTask.None;
    }

    // The member's name, then its type's: "GetChatClient", "AsIEmbeddingGenerator", "ChatClient..ctor", "ChatOptions.ModelId".
    private static ModelTask TaskOf(ISymbol member)
    {
        var name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? string.Empty : member.Name;
        return Task(name) is { } byName ? byName : Task(member.ContainingType?.Name ?? string.Empty) ?? ModelTask.None;

        static ModelTask? Task(string name)
        {
            foreach (var (tasks, words) in TaskWords)
            {
                foreach (var word in words)
                {
                    if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
                    {
                        return tasks;
                    }
                }
            }

            return null;
        }
    }

    private static string MemberName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? $"new {method.ContainingType.Name}" : method.Name;

    private static bool EndsWithAny(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(IParameterSymbol parameter, IMethodSymbol definition) => $"parameter '{parameter.Name}' of '{definition.Name}'";

    // Asked of every member with a model-named parameter or property: the namespace's name is made once per namespace.
    private bool IsInAiSdk(ISymbol symbol) =>
        symbol.ContainingNamespace is { } ns && (_sdkNamespaces.TryGetValue(ns, out var inSdk) ? inSdk : _sdkNamespaces.GetOrAdd(ns, IsSdkName(ns.ToDisplayString())))
        || IsSdkName(symbol.ContainingAssembly?.Name ?? string.Empty);

    private static bool IsSdkName(string name)
    {
        foreach (var prefix in SdkPrefixes)
        {
            if (StartsWithName(name, prefix))
            {
                return true;
            }
        }

        return false;
    }

    // "OpenAI" matches "OpenAI" and "OpenAI.Chat", not "OpenAIShim"; "Azure.AI." is already a prefix.
    private static bool StartsWithName(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal)
        && (prefix.EndsWith(".", StringComparison.Ordinal) || name.Length == prefix.Length || name[prefix.Length] == '.');
}
