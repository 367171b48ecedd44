using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ModelPolicies.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The catalog of one compilation as an analyzer or a code fix reads it, with what is needed to locate its problems:
/// the catalog files' texts and the assembly attributes the problems point at.
/// </summary>
internal sealed class CatalogLoad
{
    public CatalogLoad(
        PolicyOptions options,
        LoadedCatalog catalog,
        ImmutableArray<(string Path, SourceText Text)> files,
        ImmutableArray<AttributeData> entryAttributes,
        ImmutableArray<AttributeData> requestAttributes)
    {
        Options = options;
        Catalog = catalog;
        Files = files;
        EntryAttributes = entryAttributes;
        RequestAttributes = requestAttributes;
    }

    public PolicyOptions Options { get; }

    public LoadedCatalog Catalog { get; }

    /// <summary>The catalog files, in path order.</summary>
    public ImmutableArray<(string Path, SourceText Text)> Files { get; }

    /// <summary>The <c>[assembly: ModelCatalogEntry]</c> attributes, as <see cref="CatalogOriginKind.Entry"/> counts them.</summary>
    public ImmutableArray<AttributeData> EntryAttributes { get; }

    /// <summary>The <c>[assembly: ModelClient]</c> attributes, as <see cref="CatalogOriginKind.Request"/> counts them.</summary>
    public ImmutableArray<AttributeData> RequestAttributes { get; }

    /// <summary>Where <paramref name="origin"/> is in the source or a catalog file.</summary>
    public Location LocationOf(CatalogOrigin origin, CancellationToken cancellationToken)
    {
        switch (origin.Kind)
        {
            case CatalogOriginKind.File:
                foreach (var (path, text) in Files)
                {
                    if (path == origin.Path)
                    {
                        return Location.Create(path, origin.Span, text.Lines.GetLinePositionSpan(origin.Span));
                    }
                }

                return Location.None;
            case CatalogOriginKind.Entry when origin.Index < EntryAttributes.Length:
                return Of(EntryAttributes[origin.Index]);
            case CatalogOriginKind.Request when origin.Index < RequestAttributes.Length:
                return Of(RequestAttributes[origin.Index]);
            default:
                return Location.None;
        }

        Location Of(AttributeData attribute) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
    }
}

/// <summary>Reads a compilation's catalog inputs — options, catalog files, assembly attributes — and builds its catalog.</summary>
internal static class CatalogLoader
{
    // Several analyzers start on each compilation and each needs its catalog: it is built once per compilation and
    // options, which matters in the IDE, where every edit makes a new compilation.
    private static readonly Kept<Compilation, LoadFor> PerCompilation = new();

#pragma warning disable RS1012 // Reads the context only; the calling analyzer registers its own actions.
    public static CatalogLoad Load(CompilationStartAnalysisContext context, PolicySymbols symbols) =>
#pragma warning restore RS1012
        PerCompilation.Get(
            context.Compilation,
            (context.Options, symbols, context.CancellationToken),
            static (kept, wanted) => ReferenceEquals(kept.Options, wanted.Options),
            static (compilation, wanted) => new LoadFor(wanted.Options, Load(
                compilation,
                wanted.symbols,
                wanted.Options.AnalyzerConfigOptionsProvider.GlobalOptions,
                wanted.Options.AdditionalFiles.Select(f => (f.Path, f.GetText(wanted.CancellationToken))),
                wanted.CancellationToken))).Load;

    /// <summary>
    /// The catalog from a compilation, its global options and its additional files — the analyzer's way and a code
    /// fix's (from a workspace project), so a fixer and the analyzer agree on every model.
    /// </summary>
    public static CatalogLoad Load(
        Compilation compilation,
        PolicySymbols symbols,
        AnalyzerConfigOptions globalOptions,
        IEnumerable<(string Path, SourceText? Text)> additionalFiles,
        CancellationToken cancellationToken)
    {
        var options = PolicyOptions.Read(globalOptions);
        var texts = new List<(string Path, SourceText Text)>();
        foreach (var (path, text) in additionalFiles)
        {
            if (text is not null && options.IsCatalogFile(path))
            {
                texts.Add((path, text));
            }
        }

        return Load(compilation, symbols, options, texts, cancellationToken);
    }

    /// <summary>The catalog of <paramref name="catalogTexts"/> (catalog files only) and the compilation's attributes.</summary>
    public static CatalogLoad Load(
        Compilation compilation,
        PolicySymbols symbols,
        PolicyOptions options,
        IEnumerable<(string Path, SourceText Text)> catalogTexts,
        CancellationToken cancellationToken)
    {
        var files = catalogTexts.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        var inputs = new CatalogFileInput[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inputs[i] = new CatalogFileInput(files[i].Path, CatalogFile.Of(files[i].Text));
        }

        var entries = ImmutableArray.CreateBuilder<AttributeData>();
        var requests = ImmutableArray.CreateBuilder<AttributeData>();
        if (symbols.ModelCatalogEntry is not null || symbols.ModelClient is not null)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ModelCatalogEntry))
                {
                    entries.Add(attribute);
                }
                else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ModelClient))
                {
                    requests.Add(attribute);
                }
            }
        }

        var entryInputs = new AttributeInput[entries.Count];
        for (var i = 0; i < entryInputs.Length; i++)
        {
            var entry = AttributeEntry.Read(entries[i], out var error);
            entryInputs[i] = new AttributeInput(entry, entry is null ? error : null);
        }

        var requestIds = requests.Select(RequestedId).ToArray();
        var catalog = PerFileCatalog.Get(
            FileCatalog.For(Settings(options), inputs),
            (Entries: entryInputs, Requests: requestIds),
            static (kept, wanted) => kept.Entries.SequenceEqual(wanted.Entries) && kept.Requests.SequenceEqual(wanted.Requests, StringComparer.Ordinal),
            static (files, wanted) => new BuiltFor(wanted.Entries, wanted.Requests, CatalogBuilder.Build(files, wanted.Entries, wanted.Requests))).Catalog;
        return new CatalogLoad(options, catalog, files, entries.ToImmutable(), requests.ToImmutable());
    }

    // The merge with the compilation's attributes, kept per files' catalog while the attributes stay the same: in the
    // IDE every edit makes a new compilation, and the merge (every client of the catalog, named) would otherwise be
    // redone on each — work that grows with the catalog, not with the edit.
    private static readonly Kept<FileCatalog, BuiltFor> PerFileCatalog = new();

    private sealed record BuiltFor(AttributeInput[] Entries, string?[] Requests, LoadedCatalog Catalog);

    /// <summary>The options that decide what a catalog holds.</summary>
    public static CatalogSettings Settings(PolicyOptions options) => new(options.SlmMaxParameters, options.BuiltInCatalog);

    private sealed record LoadFor(AnalyzerOptions Options, CatalogLoad Load);

    /// <summary>The model id an <c>[assembly: ModelClient("id")]</c> names, or null.</summary>
    public static string? RequestedId(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
}
