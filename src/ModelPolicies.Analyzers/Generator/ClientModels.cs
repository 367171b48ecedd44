using ModelPolicies.Analyzers.Catalog;

namespace ModelPolicies.Analyzers.Generator;

/// <summary>
/// A model's clients to emit, one type per task: its catalog entry (with its tasks), the stem the catalog builder gave its
/// type names, and its namespace — plain values (an entry compares by value), so an unchanged model leaves its pipeline
/// step cached. No symbol, syntax node or location.
/// </summary>
internal sealed record NamedClient(CatalogEntry Spec, string Stem, string Namespace);

/// <summary>The generator's MSBuild options, as values.</summary>
internal sealed record GeneratorOptions(bool Enabled, string? Namespace, CatalogSettings Catalog, string? CatalogPath, ContextDefaults Defaults, bool Settings);
