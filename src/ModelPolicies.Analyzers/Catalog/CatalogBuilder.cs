using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The one merge of a catalog (docs/catalog.md, "Sources and precedence"): built-in entries, then catalog files in path
/// order, then <c>[assembly: ModelCatalogEntry]</c> attributes, a later entry replacing an earlier one of the same id; the
/// typed clients (every file and attribute model, and every built-in model an <c>[assembly: ModelClient]</c> asks for),
/// named once; and the problems found on the way. The analyzers, the code fixes and the generator all build their
/// catalog here.
/// </summary>
internal static class CatalogBuilder
{
    /// <summary>The catalog of <paramref name="files"/> with the compilation's attributes added.</summary>
    /// <param name="entries">The <c>[assembly: ModelCatalogEntry]</c> attributes, in the compilation's order.</param>
    /// <param name="requests">The ids of the <c>[assembly: ModelClient]</c> attributes, in the compilation's order.</param>
    public static LoadedCatalog Build(FileCatalog files, IReadOnlyList<AttributeInput> entries, IReadOnlyList<string?> requests)
    {
        if (entries.Count == 0 && requests.Count == 0)
        {
            return files.Loaded;
        }

        // The files' own problems; name collisions are found again once the compilation's clients join.
        var problems = files.ProblemsBeforeNaming.ToBuilder();
        var added = new List<(CatalogEntry Entry, CatalogOrigin Origin)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var origin = CatalogOrigin.OfEntry(i);
            if (entries[i].Entry is not { } entry)
            {
                problems.Add(CatalogProblem.Malformed(origin, entries[i].Error ?? "[ModelCatalogEntry] is malformed"));
            }
            else if (!seen.Add(entry.Id))
            {
                // The first attribute of an id counts, for the analyzer and the generator alike.
                problems.Add(CatalogProblem.Malformed(origin, $"duplicate [ModelCatalogEntry] for '{entry.Id}'"));
            }
            else
            {
                added.Add((entry, origin));
                if (Contradiction(entry.Model, origin, files.Settings) is { } contradiction)
                {
                    problems.Add(contradiction);
                }
            }
        }

        var catalog = added.Count == 0
            ? files.Loaded.Catalog
            : new ModelCatalog(files.Entries.Concat(added.Select(a => a.Entry)), files.Settings.SlmMaxParameters);

        // The clients: the files', the attributes' (an attribute's origin replaces a file's for its id), then the built-in
        // models that [assembly: ModelClient] asks for.
        var origins = new Dictionary<string, CatalogOrigin>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in files.ClientOrigins)
        {
            origins.Add(pair.Key, pair.Value);
        }

        var newIds = new List<string>();
        var replacesFileClient = false;
        foreach (var (entry, origin) in added)
        {
            replacesFileClient |= origins.ContainsKey(entry.Id);
            if (!origins.ContainsKey(entry.Id))
            {
                newIds.Add(entry.Id);
            }

            origins[entry.Id] = origin;
        }

        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is { } requested && catalog.Find(requested) is { Source: CatalogSource.BuiltIn } builtIn && !origins.ContainsKey(builtIn.Id))
            {
                newIds.Add(builtIn.Id);
                origins[builtIn.Id] = CatalogOrigin.OfRequest(i);
            }
        }

        if (added.Count == 0 && newIds.Count == 0)
        {
            if (problems.Count == files.ProblemsBeforeNaming.Length)
            {
                return files.Loaded;
            }

            problems.AddRange(files.Loaded.Problems, files.Loaded.Problems.Length - files.ProblemsBeforeNaming.Length);
            return new LoadedCatalog(files.Loaded.Catalog, files.Loaded.Clients, problems.ToImmutable());
        }

        var names = (replacesFileClient ? null : files.NamesWith(newIds)) ?? ClientNaming.Assign(ClientIds(catalog, origins));
        return new LoadedCatalog(catalog, Clients(catalog, origins, names, problems), problems.ToImmutable());
    }

    /// <summary>The files' catalog, built afresh; <see cref="FileCatalog.For"/> keeps one per set of files.</summary>
    public static FileCatalog Files(CatalogSettings settings, IReadOnlyList<CatalogFileInput> files)
    {
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var problems = ImmutableArray.CreateBuilder<CatalogProblem>();
        var origins = new Dictionary<string, CatalogOrigin>(StringComparer.OrdinalIgnoreCase);
        if (settings.BuiltIn)
        {
            entries.AddRange(BuiltInCatalog.Entries);
        }

        foreach (var (path, file) in files)
        {
            foreach (var problem in file.Problems)
            {
                problems.Add(CatalogProblem.Malformed(CatalogOrigin.InFile(path, problem.Span), problem.Message));
            }

            foreach (var parsed in file.Entries)
            {
                entries.Add(parsed.Entry);
                origins[parsed.Entry.Id] = CatalogOrigin.InFile(path, parsed.Span);
                if (Contradiction(parsed.Entry.Model, CatalogOrigin.InFile(path, parsed.ClassSpan), settings) is { } contradiction)
                {
                    problems.Add(contradiction);
                }
            }
        }

        var catalog = new ModelCatalog(entries, settings.SlmMaxParameters);
        var names = ClientNaming.Assign(ClientIds(catalog, origins));
        var beforeNaming = problems.ToImmutable();
        var loaded = new LoadedCatalog(catalog, Clients(catalog, origins, names, problems), problems.ToImmutable());
        return new FileCatalog(settings, files, entries.ToImmutable(), origins, names, beforeNaming, loaded);
    }

    /// <summary>MP0004's facts for a model whose declared class contradicts its size or inputs, or null.</summary>
    public static CatalogProblem? Contradiction(ModelDescriptor model, CatalogOrigin origin, CatalogSettings settings)
    {
        if (ModelTaxonomy.Contradiction(model.Class, model.Size, model.Inputs, settings.SlmMaxParameters) is not { } reason)
        {
            return null;
        }

        var implied = ModelTaxonomy.ImpliedClass(model.Size, model.Inputs, settings.SlmMaxParameters)!.Value;
        return new CatalogProblem(
            CatalogProblemKind.ClassContradiction,
            origin,
            EquatableArray<string>.Own(new[] { model.Id, ModelVocabulary.Name(model.Class), reason, ModelVocabulary.Name(implied) }));
    }

    // A client's id is its merged entry's: a later source may spell the id in another case.
    private static IEnumerable<string> ClientIds(ModelCatalog catalog, Dictionary<string, CatalogOrigin> origins) =>
        origins.Keys.Select(key => catalog.Find(key)!.Id);

    // The clients in ordinal order of their ids, each with the merged entry of its id; a client not given the stem its id
    // wants is reported (MP0012) where its model was written, once, whatever its tasks.
    private static ImmutableArray<CatalogClient> Clients(
        ModelCatalog catalog, Dictionary<string, CatalogOrigin> origins, IReadOnlyDictionary<string, string> stems, ImmutableArray<CatalogProblem>.Builder problems)
    {
        var clients = new List<CatalogClient>(origins.Count);
        foreach (var pair in origins)
        {
            var entry = catalog.Find(pair.Key)!;
            clients.Add(new CatalogClient(entry, stems[entry.Id], pair.Value));
        }

        clients.Sort(static (x, y) => string.CompareOrdinal(x.Entry.Id, y.Entry.Id));
        Dictionary<string, string>? holders = null;
        foreach (var client in clients)
        {
            var wanted = ClientNaming.BaseName(client.Entry.Id);
            if (client.Stem != wanted)
            {
                holders ??= Holders(stems);
                if (Collision(client, wanted, holders) is { } collision)
                {
                    problems.Add(collision);
                }
            }
        }

        return clients.ToImmutableArray();
    }

    // Every name a stem holds, with the id holding it.
    private static Dictionary<string, string> Holders(IReadOnlyDictionary<string, string> stems)
    {
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in stems)
        {
            foreach (var name in ClientNaming.HeldNames(pair.Value))
            {
                holders[name] = pair.Key;
            }
        }

        return holders;
    }

    // MP0012's facts: the first name of the wanted stem that another model holds, the model's own tasks' first (a chat
    // model names its chat client), and the same type's name under the stem it got.
    private static CatalogProblem? Collision(CatalogClient client, string wanted, Dictionary<string, string> holders)
    {
        var own = client.Entry.Model.Tasks;
        foreach (var ownFirst in new[] { true, false })
        {
            foreach (var (task, suffix) in ClientNaming.TaskSuffixes)
            {
                if (((own & task) != 0) == ownFirst && holders.TryGetValue(wanted + suffix, out var holder))
                {
                    return new CatalogProblem(
                        CatalogProblemKind.ClientNameCollision,
                        client.Origin,
                        EquatableArray<string>.Own(new[] { client.Entry.Id, holder, wanted + suffix, client.Stem + suffix }));
                }
            }
        }

        return null;
    }
}

/// <summary>
/// The built-in entries and the catalog files of a project, merged, with their clients named and their problems: all
/// of a catalog that does not depend on the compilation, kept with the first file for as long as the texts and options
/// stay the same (in the IDE, every edit makes a new compilation over the same catalog texts).
/// </summary>
internal sealed class FileCatalog
{
    private static readonly Kept<object, FileCatalog> PerFirstFile = new();
    private static readonly object WithoutFiles = new();

    private readonly IReadOnlyList<CatalogFileInput> _files;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly HashSet<string> _stems;
    private readonly bool _anyRenamed;

    internal FileCatalog(
        CatalogSettings settings,
        IReadOnlyList<CatalogFileInput> files,
        ImmutableArray<CatalogEntry> entries,
        Dictionary<string, CatalogOrigin> origins,
        IReadOnlyDictionary<string, string> names,
        ImmutableArray<CatalogProblem> problemsBeforeNaming,
        LoadedCatalog loaded)
    {
        ProblemsBeforeNaming = problemsBeforeNaming;
        Settings = settings;
        _files = files;
        Entries = entries;
        ClientOrigins = origins;
        _names = names;
        _stems = new HashSet<string>(names.Values, StringComparer.Ordinal);
        _anyRenamed = names.Any(n => n.Value != ClientNaming.BaseName(n.Key));
        Loaded = loaded;
    }

    public CatalogSettings Settings { get; }

    /// <summary>Built-in entries, then each file's in path order: increasing precedence, before merging.</summary>
    public ImmutableArray<CatalogEntry> Entries { get; }

    /// <summary>The files' clients by id, each with where its model was last written.</summary>
    public IReadOnlyDictionary<string, CatalogOrigin> ClientOrigins { get; }

    /// <summary>The files' problems but for name collisions (MP0012), which depend on every client of the compilation.</summary>
    public ImmutableArray<CatalogProblem> ProblemsBeforeNaming { get; }

    /// <summary>The catalog of the files alone: what a compilation without catalog attributes gets.</summary>
    public LoadedCatalog Loaded { get; }

    /// <summary>The files' catalog for <paramref name="settings"/>: the one kept for the same files, else a new one.</summary>
    public static FileCatalog For(CatalogSettings settings, IReadOnlyList<CatalogFileInput> files) =>
        PerFirstFile.Get(
            files.Count > 0 ? files[0].File : WithoutFiles,
            (settings, files),
            static (kept, wanted) => kept.IsFor(wanted.settings, wanted.files),
            static (_, wanted) => CatalogBuilder.Files(wanted.settings, wanted.files));

    /// <summary>
    /// The client stems once <paramref name="added"/> ids join the files' clients, or null when some client must be named
    /// again. Nobody is renamed while every added id's stem holds names of its own: the usual case, decided without naming
    /// everything again.
    /// </summary>
    public IReadOnlyDictionary<string, string>? NamesWith(IReadOnlyList<string> added)
    {
        if (_anyRenamed)
        {
            return null;
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in added)
        {
            var stem = ClientNaming.BaseName(id);
            if (ClientOrigins.ContainsKey(id) || ClientNaming.Meets(stem, _stems) || ClientNaming.Meets(stem, stems))
            {
                return null;
            }

            stems.Add(stem);
            names.Add(id, stem);
        }

        foreach (var pair in _names)
        {
            names.Add(pair.Key, pair.Value);
        }

        return names;
    }

    // Built from the same catalog files (by reference: each text is read once into one CatalogFile), at the same paths,
    // under the same settings.
    private bool IsFor(CatalogSettings settings, IReadOnlyList<CatalogFileInput> files)
    {
        if (!settings.Equals(Settings) || files.Count != _files.Count)
        {
            return false;
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (!ReferenceEquals(files[i].File, _files[i].File) || files[i].Path != _files[i].Path)
            {
                return false;
            }
        }

        return true;
    }
}
