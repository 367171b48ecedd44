using ModelPolicies.Analyzers.Catalog;

namespace ModelPolicies.Analyzers.Generator;

/// <summary>
/// Everything the emitter needs for one typed client, as plain values: records of strings and numbers compare by
/// value, so an unchanged model leaves its pipeline step cached. No symbol, syntax node or location.
/// </summary>
internal sealed record ClientSpec(
    string Id,
    ModelClass Class,
    long Parameters,
    ModelSizeTier Tier,
    Modality Inputs,
    ModelDeployment Deployment,
    int? LatencyMs,
    string? Provider,
    CatalogSource Source)
{
    public static ClientSpec From(CatalogEntry entry)
    {
        var model = entry.Model;
        return new ClientSpec(model.Id, model.Class, model.Size.Parameters, model.Size.Tier, model.Inputs, model.Deployment, model.LatencyMs, model.Provider, entry.Source);
    }

    public ModelDescriptor ToDescriptor() => new(
        Id,
        Class,
        Parameters > 0 ? ModelSize.FromParameters(Parameters) : ModelSize.FromTier(Tier),
        Inputs,
        Deployment,
        LatencyMs,
        Provider);
}

/// <summary>A client to emit: its spec and the class name <see cref="ClientNaming"/> gave it.</summary>
internal sealed record NamedClient(ClientSpec Spec, string TypeName, string Namespace);

/// <summary>The generator's MSBuild options, as values.</summary>
internal sealed record GeneratorOptions(bool Enabled, string? Namespace, bool BuiltInCatalog, string? CatalogPath);
