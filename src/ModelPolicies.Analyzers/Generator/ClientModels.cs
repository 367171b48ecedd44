using ModelPolicies.Analyzers.Catalog;

namespace ModelPolicies.Analyzers.Generator;

/// <summary>
/// A client to emit: its catalog entry, the class name the catalog builder gave it, and its namespace — plain values
/// (an entry compares by value), so an unchanged model leaves its pipeline step cached. No symbol, syntax node or location.
/// </summary>
internal sealed record NamedClient(CatalogEntry Spec, string TypeName, string Namespace);

/// <summary>The generator's MSBuild options, as values.</summary>
internal sealed record GeneratorOptions(bool Enabled, string? Namespace, CatalogSettings Catalog, string? CatalogPath, ContextDefaults Defaults, bool Settings);
