using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ModelPolicies.Analyzers.Options;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>The catalog of one compilation, with every problem found while building it.</summary>
internal sealed class LoadedCatalog
{
    public LoadedCatalog(ModelCatalog catalog, PolicyOptions options, ImmutableArray<Diagnostic> problems)
    {
        Catalog = catalog;
        Options = options;
        Problems = problems;
    }

    public ModelCatalog Catalog { get; }

    public PolicyOptions Options { get; }

    /// <summary>MP0004, MP0008 (located in catalog files or on attributes) and MP0011 (no location).</summary>
    public ImmutableArray<Diagnostic> Problems { get; }
}

/// <summary>Builds a compilation's catalog from the built-in entries, catalog files and assembly attributes.</summary>
internal static class CatalogLoader
{
    // Each catalog file is parsed once per text, however many compilations and analyzers ask.
    private static readonly SourceTextValueProvider<CatalogFile> FileProvider = new(CatalogFile.Read);

    // Three analyzers start on each compilation and each needs its catalog: it is built once per compilation (and
    // options), which matters in the IDE, where every edit makes a new compilation.
    private static readonly ConditionalWeakTable<Compilation, LoadedBox> PerCompilation = new();

#pragma warning disable RS1012 // Reads the context only; the calling analyzer registers its own actions.
    public static LoadedCatalog Load(CompilationStartAnalysisContext context, PolicySymbols symbols)
#pragma warning restore RS1012
    {
        var box = PerCompilation.GetValue(context.Compilation, static _ => new LoadedBox());
        if (box.Value is { } cached && ReferenceEquals(cached.Options, context.Options))
        {
            return cached.Catalog;
        }

        var loaded = LoadUncached(context, symbols);
        box.Value = new LoadedFor(context.Options, loaded);
        return loaded;
    }

#pragma warning disable RS1012 // Reads the context only; the calling analyzer registers its own actions.
    private static LoadedCatalog LoadUncached(CompilationStartAnalysisContext context, PolicySymbols symbols)
#pragma warning restore RS1012
    {
        var options = PolicyOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var files = new List<(string Path, SourceText Text, CatalogFile File)>();
        foreach (var additional in context.Options.AdditionalFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (options.IsCatalogFile(additional.Path)
                && additional.GetText(context.CancellationToken) is { } text
                && context.TryGetValue(text, FileProvider, out var file))
            {
                files.Add((additional.Path, text, file));
            }
        }

        return Load(context.Compilation, symbols, options, files, context.CancellationToken);
    }

    /// <summary>
    /// The catalog as a code fix sees it: the same options and catalog files, read from a workspace project rather
    /// than from an analysis context, so a fixer and the analyzer agree on every model.
    /// </summary>
    public static LoadedCatalog Load(
        Compilation compilation,
        PolicySymbols symbols,
        AnalyzerConfigOptions globalOptions,
        IEnumerable<(string Path, SourceText Text)> additionalFiles,
        CancellationToken cancellationToken)
    {
        var options = PolicyOptions.Read(globalOptions);
        var files = new List<(string Path, SourceText Text, CatalogFile File)>();
        foreach (var (path, text) in additionalFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.IsCatalogFile(path))
            {
                files.Add((path, text, CatalogFile.Read(text)));
            }
        }

        return Load(compilation, symbols, options, files, cancellationToken);
    }

    public static LoadedCatalog Load(
        Compilation compilation,
        PolicySymbols symbols,
        PolicyOptions options,
        IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files,
        CancellationToken cancellationToken)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = new List<CatalogEntry>();
        var clients = new Dictionary<string, Location>(StringComparer.OrdinalIgnoreCase); // the models the generator makes clients for
        if (options.BuiltInCatalog)
        {
            entries.AddRange(BuiltInCatalog.Entries);
        }

        foreach (var (path, text, file) in files)
        {
            foreach (var problem in file.Problems)
            {
                problems.Add(Diagnostic.Create(Descriptors.MalformedCatalog, At(path, text, problem.Span), problem.Message));
            }

            foreach (var parsed in file.Entries)
            {
                entries.Add(parsed.Entry);
                clients[parsed.Entry.Id] = At(path, text, parsed.Span);
                ReportContradiction(parsed.Entry.Model, At(path, text, parsed.ClassSpan));
            }
        }

        if (symbols.ModelCatalogEntry is { } entryAttribute)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, entryAttribute))
                {
                    continue;
                }

                var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
                var entry = AttributeEntry.Read(attribute, out var error);
                if (entry is null)
                {
                    problems.Add(Diagnostic.Create(Descriptors.MalformedCatalog, location, error));
                }
                else if (!seen.Add(entry.Id))
                {
                    problems.Add(Diagnostic.Create(Descriptors.MalformedCatalog, location, $"duplicate [ModelCatalogEntry] for '{entry.Id}'"));
                }
                else
                {
                    entries.Add(entry);
                    clients[entry.Id] = location;
                    ReportContradiction(entry.Model, location);
                }
            }
        }

        var catalog = ModelCatalog.Create(entries, options.SlmMaxParameters);
        if (symbols.ModelClient is { } clientAttribute)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, clientAttribute)
                    && Contexts.ContextResolver.SingleArgument(attribute) is string requested
                    && catalog.Find(requested) is { Source: CatalogSource.BuiltIn } builtIn
                    && !clients.ContainsKey(builtIn.Id))
                {
                    clients[builtIn.Id] = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
                }
            }
        }

        ReportNameCollisions(clients, problems);

        foreach (var problem in options.Problems)
        {
            problems.Add(Diagnostic.Create(Descriptors.InvalidOption, Location.None, problem.Key, problem.Value, problem.Reason, problem.Outcome));
        }

        return new LoadedCatalog(catalog, options, problems.ToImmutable());

        void ReportContradiction(ModelDescriptor model, Location location)
        {
            if (ModelTaxonomy.Contradiction(model.Class, model.Size, model.Inputs, options.SlmMaxParameters) is { } reason)
            {
                var implied = ModelTaxonomy.ImpliedClass(model.Size, model.Inputs, options.SlmMaxParameters)!.Value;
                problems.Add(Diagnostic.Create(
                    Descriptors.CatalogClassContradiction,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(CatalogProperties.ImpliedClass, implied.ToString()),
                    model.Id,
                    model.Class.ToString().ToLowerInvariant(),
                    reason,
                    implied.ToString().ToLowerInvariant()));
            }
        }
    }

    // The generator names clients with ClientNaming: a model whose name is taken is reported with the name it gets.
    private static void ReportNameCollisions(Dictionary<string, Location> clients, ImmutableArray<Diagnostic>.Builder problems)
    {
        var names = Generator.ClientNaming.Assign(clients.Keys);
        var owners = names.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);
        foreach (var pair in names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var wanted = Generator.ClientNaming.BaseName(pair.Key) + "Client";
            if (pair.Value != wanted && owners.TryGetValue(wanted, out var owner))
            {
                problems.Add(Diagnostic.Create(Descriptors.ClientNameCollision, clients[pair.Key], pair.Key, owner, wanted, pair.Value));
            }
        }
    }

    private static Location At(string path, SourceText text, TextSpan span) =>
        Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

    private sealed record LoadedFor(AnalyzerOptions Options, LoadedCatalog Catalog);

    private sealed class LoadedBox
    {
        // Two analyzers starting at once may both build it; either result is the same catalog.
        public volatile LoadedFor? Value;
    }
}

/// <summary>Names of diagnostic properties that code fixes read.</summary>
internal static class CatalogProperties
{
    public const string ImpliedClass = "ImpliedClass";
}
