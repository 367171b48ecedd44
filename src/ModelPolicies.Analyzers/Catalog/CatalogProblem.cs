using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>What is wrong with the catalog itself; the rules report each kind (MP0008, MP0004, MP0012).</summary>
internal enum CatalogProblemKind
{
    /// <summary>A malformed file or entry (MP0008). Arguments: what is wrong.</summary>
    Malformed,

    /// <summary>A declared class that contradicts size or inputs (MP0004). Arguments: id, declared class, why, implied class.</summary>
    ClassContradiction,

    /// <summary>Two models whose clients would share a name (MP0012): decided on stems, so once per model. Arguments: id, the other id, the name both want, the name given.</summary>
    ClientNameCollision,
}

/// <summary>Where a catalog fact was written.</summary>
internal enum CatalogOriginKind
{
    /// <summary>Nowhere in particular (a built-in entry).</summary>
    None,

    /// <summary>A span of a catalog file.</summary>
    File,

    /// <summary>The <see cref="CatalogOrigin.Index"/>-th <c>[assembly: ModelCatalogEntry]</c> of the compilation.</summary>
    Entry,

    /// <summary>The <see cref="CatalogOrigin.Index"/>-th <c>[assembly: ModelClient]</c> of the compilation.</summary>
    Request,
}

/// <summary>Where a catalog fact was written, as plain values: a file path and span, or the position of an assembly attribute.</summary>
internal readonly record struct CatalogOrigin(CatalogOriginKind Kind, string? Path, TextSpan Span, int Index)
{
    public static CatalogOrigin None => default;

    public static CatalogOrigin InFile(string path, TextSpan span) => new(CatalogOriginKind.File, path, span, -1);

    public static CatalogOrigin OfEntry(int index) => new(CatalogOriginKind.Entry, null, default, index);

    public static CatalogOrigin OfRequest(int index) => new(CatalogOriginKind.Request, null, default, index);
}

/// <summary>One problem of the catalog, as plain facts: the rules turn it into a diagnostic.</summary>
internal sealed record CatalogProblem(CatalogProblemKind Kind, CatalogOrigin Origin, EquatableArray<string> Arguments)
{
    public static CatalogProblem Malformed(CatalogOrigin origin, string message) =>
        new(CatalogProblemKind.Malformed, origin, EquatableArray<string>.Own(new[] { message }));
}

/// <summary>
/// The typed clients of one catalog model: its model (whose tasks say which types it gets), the final stem every one of
/// its type names starts with (docs/clients.md, "Names"), and where the model was written.
/// </summary>
internal sealed record CatalogClient(CatalogEntry Entry, string Stem, CatalogOrigin Origin);

/// <summary>The options that decide what the catalog holds.</summary>
internal readonly record struct CatalogSettings(long SlmMaxParameters, bool BuiltIn);

/// <summary>A catalog file as the builder takes it: its path and what it says.</summary>
internal sealed record CatalogFileInput(string Path, CatalogFile File);

/// <summary>An <c>[assembly: ModelCatalogEntry]</c> as read: its entry, or why it has none.</summary>
internal sealed record AttributeInput(CatalogEntry? Entry, string? Error);
