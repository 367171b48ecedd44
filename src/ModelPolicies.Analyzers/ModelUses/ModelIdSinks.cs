using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// Decides which parameters, properties and fields take a model id (docs/rules/MP0001.md, "What counts as a use"): <c>[ModelId]</c> members, the
/// <c>ModelId</c> of the AI options types, model-named string parameters of AI SDK members, and configured sinks.
/// </summary>
internal sealed class ModelIdSinks
{
    // Parameter names that carry a model id in the AI SDKs.
    private static readonly ImmutableHashSet<string> ModelParameterNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "model", "modelId", "modelName", "defaultModel", "defaultModelId", "deploymentName", "deployment");

    private static readonly string[] SdkPrefixes =
    {
        "Microsoft.Extensions.AI", "OpenAI", "Azure.AI.", "OllamaSharp", "Microsoft.SemanticKernel", "Anthropic",
    };

    private static readonly string[] OptionTypes =
    {
        "Microsoft.Extensions.AI.ChatOptions", "Microsoft.Extensions.AI.EmbeddingGenerationOptions", "Microsoft.SemanticKernel.PromptExecutionSettings",
    };

    private readonly INamedTypeSymbol? _modelIdAttribute;
    private readonly ImmutableHashSet<string> _configured;
    private readonly ConcurrentDictionary<ISymbol, bool> _cache = new(ReferenceComparer<ISymbol>.Instance);

    public ModelIdSinks(INamedTypeSymbol? modelIdAttribute, ImmutableArray<string> configured)
    {
        _modelIdAttribute = modelIdAttribute;
        _configured = configured.ToImmutableHashSet(StringComparer.Ordinal);
    }

    public bool IsSink(IParameterSymbol parameter) =>
        _cache.TryGetValue(parameter, out var sink) ? sink : _cache.GetOrAdd(parameter, Classify(parameter));

    /// <summary>A property or field that takes a model id when assigned.</summary>
    public bool IsSinkMember(ISymbol member) =>
        member is IPropertySymbol or IFieldSymbol
        && (_cache.TryGetValue(member, out var sink) ? sink : _cache.GetOrAdd(member, ClassifyMember(member)));

    private bool Classify(IParameterSymbol parameter)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        if (HasModelIdAttribute(parameter))
        {
            return true;
        }

        var definition = method.OriginalDefinition;
        if (!_configured.IsEmpty && definition.GetDocumentationCommentId() is { } id && _configured.Contains(id))
        {
            // A configured method sink: its model-named parameter, else its first string parameter.
            foreach (var p in definition.Parameters)
            {
                if (ModelParameterNames.Contains(p.Name))
                {
                    return p.Ordinal == parameter.Ordinal;
                }
            }

            foreach (var p in definition.Parameters)
            {
                if (p.Type.SpecialType == SpecialType.System_String)
                {
                    return p.Ordinal == parameter.Ordinal;
                }
            }
        }

        return ModelParameterNames.Contains(parameter.Name) && IsInAiSdk(definition);
    }

    private bool ClassifyMember(ISymbol member)
    {
        if (HasModelIdAttribute(member)
            || (!_configured.IsEmpty && member.OriginalDefinition.GetDocumentationCommentId() is { } id && _configured.Contains(id)))
        {
            return true;
        }

        if (member is not IPropertySymbol { Name: "ModelId" })
        {
            return false;
        }

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            var name = type.ToDisplayString();
            foreach (var optionType in OptionTypes)
            {
                if (name == optionType)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool HasModelIdAttribute(ISymbol symbol)
    {
        if (_modelIdAttribute is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _modelIdAttribute))
            {
                return true;
            }
        }

        return false;
    }

    // By namespace, and by assembly for SDKs that put extension methods in Microsoft.Extensions.DependencyInjection.
    private static bool IsInAiSdk(IMethodSymbol method)
    {
        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var assembly = method.ContainingAssembly?.Name ?? string.Empty;
        foreach (var prefix in SdkPrefixes)
        {
            if (StartsWithName(ns, prefix) || StartsWithName(assembly, prefix))
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
