using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The catalog shipped inside the analyzer (docs/catalog.md, "The built-in catalog"): <c>builtin.models.json</c>, an
/// embedded resource in the format users write, each entry with the source of its facts, read by the same reader as
/// the project's catalog files once per process.
/// </summary>
internal static class BuiltInCatalog
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "ModelPolicies.Analyzers.Catalog.builtin.models.json";

    private static readonly Lazy<CatalogFile> LazyFile = new(Read);

    /// <summary>The built-in entries, in file order.</summary>
    public static ImmutableArray<CatalogEntry> Entries => LazyEntries.Value;

    /// <summary>What reading the resource found wrong; a test keeps it empty.</summary>
    public static EquatableArray<FileProblem> Problems => LazyFile.Value.Problems;

    private static readonly Lazy<ImmutableArray<CatalogEntry>> LazyEntries = new(static () =>
    {
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>(LazyFile.Value.Entries.Count);
        foreach (var parsed in LazyFile.Value.Entries)
        {
            entries.Add(parsed.Entry);
        }

        return entries.MoveToImmutable();
    });

    /// <summary>The text of the resource.</summary>
    public static SourceText Text()
    {
        using var stream = typeof(BuiltInCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The analyzer assembly has no resource {ResourceName}.");
        return SourceText.From(stream);
    }

    private static CatalogFile Read() => CatalogFile.Read(Text(), CatalogSource.BuiltIn);
}
