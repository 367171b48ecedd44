using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>Reads <c>[assembly: ModelCatalogEntry(…)]</c> into a catalog entry (SPEC §4.3).</summary>
internal static class AttributeEntry
{
    private const Modality AllModalities = Modality.Text | Modality.Image | Modality.Audio | Modality.Video;
    private const ModelDeployment AllDeployments = ModelDeployment.Local | ModelDeployment.Cloud;

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
        if (modelClass is not (ModelClass.Llm or ModelClass.Slm or ModelClass.Fm))
        {
            error = $"'{id}' has an unknown ModelClass value {classValue}";
            return null;
        }

        string? parameters = null;
        var tier = ModelSizeTier.Unspecified;
        var inputs = Modality.Text;
        var deployment = ModelDeployment.Cloud;
        int? latency = null;
        string? provider = null;
        var aliases = ImmutableArray.CreateBuilder<string>();
        foreach (var named in attribute.NamedArguments)
        {
            var value = named.Value;
            switch (named.Key)
            {
                case "Parameters":
                    parameters = value.Value as string;
                    break;
                case "Size" when value.Value is int t:
                    tier = (ModelSizeTier)t;
                    if (tier is not (ModelSizeTier.Unspecified or ModelSizeTier.Small or ModelSizeTier.Large or ModelSizeTier.VeryLarge))
                    {
                        error = $"'{id}' has an unknown ModelSizeTier value {t}";
                        return null;
                    }

                    break;
                case "Inputs" when value.Value is int i:
                    inputs = (Modality)i;
                    if (inputs == Modality.None || (inputs & ~AllModalities) != 0)
                    {
                        error = $"'{id}' has invalid Inputs {i}; combine Modality.Text, Image, Audio and Video";
                        return null;
                    }

                    break;
                case "Deployment" when value.Value is int d:
                    deployment = (ModelDeployment)d;
                    if (deployment == ModelDeployment.None || (deployment & ~AllDeployments) != 0)
                    {
                        error = $"'{id}' has invalid Deployment {d}; use ModelDeployment.Local, Cloud or both";
                        return null;
                    }

                    break;
                case "LatencyMs" when value.Value is int ms:
                    if (ms < 0)
                    {
                        error = $"'{id}' has a negative LatencyMs";
                        return null;
                    }

                    latency = ms == 0 ? null : ms;
                    break;
                case "Provider":
                    provider = value.Value as string;
                    break;
                case "Aliases" when !value.IsNull && value.Kind == TypedConstantKind.Array:
                    foreach (var alias in value.Values)
                    {
                        if (alias.Value is string { Length: > 0 } name && !string.IsNullOrWhiteSpace(name))
                        {
                            aliases.Add(name);
                        }
                    }

                    break;
            }
        }

        ModelSize size;
        if (parameters is not null)
        {
            if (!ModelSize.TryParseParameters(parameters, out var count, out var sizeError))
            {
                error = $"'{id}' has invalid Parameters: {sizeError}";
                return null;
            }

            size = ModelSize.FromParameters(count);
        }
        else
        {
            size = ModelSize.FromTier(tier != ModelSizeTier.Unspecified ? tier
                : modelClass == ModelClass.Slm ? ModelSizeTier.Small : ModelSizeTier.Large);
        }

        var model = new ModelDescriptor(id, modelClass, size, inputs, deployment, latency, provider);
        return new CatalogEntry(model, aliases.ToImmutable(), CatalogSource.Attribute);
    }
}
