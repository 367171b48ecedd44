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
        var texts = new List<(string Path, SourceText Text)>();
        foreach (var additional in context.Options.AdditionalFiles)
        {
            if (options.IsCatalogFile(additional.Path) && additional.GetText(context.CancellationToken) is { } text)
            {
                texts.Add((additional.Path, text));
            }
        }

        return Load(context.Compilation, symbols, options, texts, context.CancellationToken);
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
        return Load(compilation, symbols, options, additionalFiles.Where(f => options.IsCatalogFile(f.Path)), cancellationToken);
    }

    public static LoadedCatalog Load(
        Compilation compilation,
        PolicySymbols symbols,
        PolicyOptions options,
        IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files,
        CancellationToken cancellationToken) =>
        Load(compilation, symbols, options, FileCatalog.For(options, files), cancellationToken);

    // The catalog files in path order, each read once per text, and what they give together, once per set of texts.
    private static LoadedCatalog Load(
        Compilation compilation,
        PolicySymbols symbols,
        PolicyOptions options,
        IEnumerable<(string Path, SourceText Text)> catalogTexts,
        CancellationToken cancellationToken)
    {
        var files = new List<(string Path, SourceText Text, CatalogFile File)>();
        foreach (var (path, text) in catalogTexts.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add((path, text, CatalogFile.Of(text)));
        }

        return Load(compilation, symbols, options, FileCatalog.For(options, files), cancellationToken);
    }

    private static LoadedCatalog Load(
        Compilation compilation,
        PolicySymbols symbols,
        PolicyOptions options,
        FileCatalog files,
        CancellationToken cancellationToken)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        problems.AddRange(files.Problems);

        // [assembly: ModelCatalogEntry] entries (highest precedence), and the built-in models that
        // [assembly: ModelClient] asks a client for: the models the generator makes clients for besides the files'.
        List<CatalogEntry>? attributeEntries = null;
        List<(string Id, Location Location)>? extraClients = null;
        if (symbols.ModelCatalogEntry is not null || symbols.ModelClient is not null)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ModelCatalogEntry))
                {
                    continue;
                }

                var location = LocationOf(attribute, cancellationToken);
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
                    (attributeEntries ??= new()).Add(entry);
                    (extraClients ??= new()).Add((entry.Id, location));
                    if (Contradiction(entry.Model, location, options) is { } contradiction)
                    {
                        problems.Add(contradiction);
                    }
                }
            }
        }

        var catalog = attributeEntries is null ? files.Catalog : ModelCatalog.Create(files.Entries.Concat(attributeEntries), options.SlmMaxParameters);
        if (symbols.ModelClient is { } clientAttribute)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, clientAttribute)
                    && Contexts.ContextResolver.SingleArgument(attribute) is string requested
                    && catalog.Find(requested) is { Source: CatalogSource.BuiltIn } builtIn
                    && !files.Clients.ContainsKey(builtIn.Id)
                    && extraClients?.Any(c => string.Equals(c.Id, builtIn.Id, StringComparison.OrdinalIgnoreCase)) != true)
                {
                    (extraClients ??= new()).Add((builtIn.Id, LocationOf(attribute, cancellationToken)));
                }
            }
        }

        ReportNameCollisions(files, extraClients, problems);

        foreach (var problem in options.Problems)
        {
            problems.Add(Diagnostic.Create(Descriptors.InvalidOption, Location.None, problem.Key, problem.Value, problem.Reason, problem.Outcome));
        }

        return new LoadedCatalog(catalog, options, problems.ToImmutable());
    }

    internal static Diagnostic? Contradiction(ModelDescriptor model, Location location, PolicyOptions options)
    {
        if (ModelTaxonomy.Contradiction(model.Class, model.Size, model.Inputs, options.SlmMaxParameters) is not { } reason)
        {
            return null;
        }

        var implied = ModelTaxonomy.ImpliedClass(model.Size, model.Inputs, options.SlmMaxParameters)!.Value;
        return Diagnostic.Create(
            Descriptors.CatalogClassContradiction,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(CatalogProperties.ImpliedClass, implied.ToString()),
            model.Id,
            model.Class.ToString().ToLowerInvariant(),
            reason,
            implied.ToString().ToLowerInvariant());
    }

    // The generator names clients with ClientNaming: a model whose name is taken is reported with the name it gets.
    // The files' models keep their base names from one compilation to the next; only added ones are named here.
    private static void ReportNameCollisions(FileCatalog files, List<(string Id, Location Location)>? extra, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (extra is null && files.Collisions == 0)
        {
            return;
        }

        var extraById = new Dictionary<string, Location>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, location) in extra ?? Enumerable.Empty<(string, Location)>())
        {
            extraById[id] = location;
        }

        string BaseName(string id) => !extraById.ContainsKey(id) && files.BaseNames.TryGetValue(id, out var known) ? known : Generator.ClientNaming.BaseName(id);

        // Nobody is renamed while every base name is taken once: the usual case (added models new to the files, with
        // names of their own), decided without naming everything again.
        if (files.Collisions == 0)
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            if (extraById.Keys.All(id => !files.BaseNames.ContainsKey(id) && BaseName(id) is var name && !files.Names.Contains(name) && added.Add(name)))
            {
                return;
            }
        }

        var names = Generator.ClientNaming.Assign(files.BaseNames.Keys.Where(id => !extraById.ContainsKey(id)).Concat(extraById.Keys), BaseName);
        var renamed = names.Where(n => n.Value != BaseName(n.Key) + "Client").OrderBy(n => n.Key, StringComparer.Ordinal).ToList();
        if (renamed.Count == 0)
        {
            return;
        }

        var owners = names.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);
        foreach (var pair in renamed)
        {
            var wanted = BaseName(pair.Key) + "Client";
            if (owners.TryGetValue(wanted, out var owner))
            {
                var location = extraById.TryGetValue(pair.Key, out var attributeLocation) ? attributeLocation : files.Clients[pair.Key].Location;
                problems.Add(Diagnostic.Create(Descriptors.ClientNameCollision, location, pair.Key, owner, wanted, pair.Value));
            }
        }
    }

    private static Location LocationOf(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;

    private sealed record LoadedFor(AnalyzerOptions Options, LoadedCatalog Catalog);

    private sealed class LoadedBox
    {
        // Two analyzers starting at once may both build it; either result is the same catalog.
        public volatile LoadedFor? Value;
    }

}

/// <summary>
/// The built-in entries and the catalog files of a project, merged, with the problems found in the files: everything
/// of a catalog that does not depend on the compilation.
/// </summary>
internal sealed class FileCatalog
{
    private readonly long _slmMaxParameters;
    private readonly bool _builtIn;
    private readonly ImmutableArray<(string Path, SourceText Text)> _files;

    private FileCatalog(PolicyOptions options, IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files)
    {
        _slmMaxParameters = options.SlmMaxParameters;
        _builtIn = options.BuiltInCatalog;
        _files = files.Select(f => (f.Path, f.Text)).ToImmutableArray();
    }

    /// <summary>Built-in entries, then each file's in path order: increasing precedence.</summary>
    public ImmutableArray<CatalogEntry> Entries { get; private set; }

    public ModelCatalog Catalog { get; private set; } = null!;

    /// <summary>MP0008 and MP0004 in the catalog files.</summary>
    public ImmutableArray<Diagnostic> Problems { get; private set; }

    /// <summary>The files' models, each with where it was last written: the generator makes a client for each.</summary>
    public Dictionary<string, ClientOrigin> Clients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The client base name of each of <see cref="Clients"/> (ClientNaming.BaseName).</summary>
    public Dictionary<string, string> BaseNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The base names of <see cref="Clients"/>, as a set.</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>How many of the files' models get a numbered name among themselves (MP0012 on every compilation).</summary>
    public int Collisions { get; private set; }

    // What the built-in entries and catalog files give is the same for every compilation until a catalog file or an
    // option changes: it is kept with the first catalog text (or, without files, with one shared key) and checked
    // against the texts and options before it is reused. The analyzers of every compilation and the code fixes share it.
    private static readonly ConditionalWeakTable<object, Box> ByFirstText = new();
    private static readonly object WithoutFiles = new();

    /// <summary>The files' catalog for <paramref name="options"/>: the one kept for the same texts, else a new one.</summary>
    public static FileCatalog For(PolicyOptions options, IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files)
    {
        var box = ByFirstText.GetValue(files.Count > 0 ? files[0].Text : WithoutFiles, static _ => new Box());
        if (box.Value is not { } catalog || !catalog.IsFor(options, files))
        {
            catalog = Create(options, files);
            box.Value = catalog;
        }

        return catalog;
    }

    public static FileCatalog Create(PolicyOptions options, IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files)
    {
        var result = new FileCatalog(options, files);
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
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
                result.Clients[parsed.Entry.Id] = new ClientOrigin(path, text, parsed.Span);
                // The location only for a contradiction: locating each entry would build the text's line table.
                var model = parsed.Entry.Model;
                if (ModelTaxonomy.Contradiction(model.Class, model.Size, model.Inputs, options.SlmMaxParameters) is not null
                    && CatalogLoader.Contradiction(model, At(path, text, parsed.ClassSpan), options) is { } contradiction)
                {
                    problems.Add(contradiction);
                }
            }
        }

        foreach (var id in result.Clients.Keys)
        {
            result.BaseNames[id] = Generator.ClientNaming.BaseName(id);
            result.Names.Add(result.BaseNames[id]);
        }

        // Distinct base names need no numbering; otherwise a numbered name is longer than its base name + "Client".
        if (result.Names.Count < result.Clients.Count)
        {
            foreach (var pair in Generator.ClientNaming.Assign(result.Clients.Keys, id => result.BaseNames[id]))
            {
                if (pair.Value.Length != result.BaseNames[pair.Key].Length + "Client".Length)
                {
                    result.Collisions++;
                }
            }
        }

        result.Entries = entries.ToImmutable();
        result.Catalog = ModelCatalog.Create(result.Entries, options.SlmMaxParameters);
        result.Problems = problems.ToImmutable();
        return result;
    }

    /// <summary>True when this was built from the same catalog texts, at the same paths, under the same options.</summary>
    public bool IsFor(PolicyOptions options, IReadOnlyList<(string Path, SourceText Text, CatalogFile File)> files)
    {
        if (options.SlmMaxParameters != _slmMaxParameters || options.BuiltInCatalog != _builtIn || files.Count != _files.Length)
        {
            return false;
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (!ReferenceEquals(files[i].Text, _files[i].Text) || files[i].Path != _files[i].Path)
            {
                return false;
            }
        }

        return true;
    }

    internal static Location At(string path, SourceText text, TextSpan span) =>
        Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

    private sealed class Box
    {
        public volatile FileCatalog? Value;
    }
}

/// <summary>Where a catalog file writes a model; located only when a diagnostic needs it.</summary>
internal sealed class ClientOrigin(string path, SourceText text, TextSpan span)
{
    public Location Location => FileCatalog.At(path, text, span);
}

/// <summary>Names of diagnostic properties that code fixes read.</summary>
internal static class CatalogProperties
{
    public const string ImpliedClass = "ImpliedClass";
}
