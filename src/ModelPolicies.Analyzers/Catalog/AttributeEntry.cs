using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>Reads <c>[assembly: ModelCatalogEntry(…)]</c> (docs/catalog.md, "[assembly: ModelCatalogEntry]") into catalog facts.</summary>
internal static class AttributeEntry
{
    /// <summary>The entry, or null with <paramref name="error"/> saying what is malformed.</summary>
    public static CatalogEntry? Read(AttributeData attribute, out string error)
    {
        error = string.Empty;
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not string id
            || attribute.ConstructorArguments[1].Value is not int classValue)
        {
            error = "[ModelCatalogEntry] needs a model id and a ModelClass";
            return null;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            error = "[ModelCatalogEntry] has an empty model id";
            return null;
        }

        var modelClass = (ModelClass)classValue;
        if (!ModelVocabulary.IsKnown(modelClass))
        {
            error = $"'{id}' has an unknown ModelClass value {classValue}";
            return null;
        }

        string? parameters = null;
        var facts = new EntryFacts(id, modelClass);
        var aliases = new List<string>();
        foreach (var named in attribute.NamedArguments)
        {
            var value = named.Value;
            switch (named.Key)
            {
                case "Parameters":
                    parameters = value.Value as string;
                    break;
                case "Size" when value.Value is int t:
                    if ((ModelSizeTier)t != ModelSizeTier.Unspecified && ModelVocabulary.Name((ModelSizeTier)t) is null)
                    {
                        error = $"'{id}' has an unknown ModelSizeTier value {t}";
                        return null;
                    }

                    facts = facts with { Tier = (ModelSizeTier)t };
                    break;
                case "Inputs" when value.Value is int i:
                    facts = facts with { Inputs = (Modality)i };
                    break;
                case "Deployment" when value.Value is int d:
                    facts = facts with { Deployment = (ModelDeployment)d };
                    break;
                case "Tasks" when value.Value is int k:
                    facts = facts with { Tasks = (ModelTask)k };
                    break;
                case "LatencyMs" when value.Value is int ms:
                    if (ms < 0)
                    {
                        error = $"'{id}' has a negative LatencyMs";
                        return null;
                    }

                    facts = facts with { LatencyMs = ms == 0 ? null : ms };
                    break;
                case "Provider":
                    facts = facts with { Provider = value.Value as string };
                    break;
                case "Aliases" when !value.IsNull && value.Kind == TypedConstantKind.Array:
                    foreach (var alias in value.Values)
                    {
                        if (alias.Value is string name && !string.IsNullOrWhiteSpace(name))
                        {
                            aliases.Add(name);
                        }
                    }

                    break;
            }
        }

        if (facts.FlagsProblem() is { } flagsProblem)
        {
            error = flagsProblem;
            return null;
        }

        if (parameters is not null)
        {
            if (!ModelSize.TryParseParameters(parameters, out var count, out var sizeError))
            {
                error = $"'{id}' has invalid Parameters: {sizeError}";
                return null;
            }

            facts = facts with { Parameters = count };
        }

        return (facts with { Aliases = aliases.ToArray() }).ToEntry(CatalogSource.Attribute);
    }
}
