using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ModelPolicies.Analyzers;

/// <summary>
/// Identity for the per-compilation caches keyed by symbols. Within one compilation a declared symbol is one object, so
/// identity finds it again; two equal but distinct objects (a constructed generic, another nullability) only make two
/// entries with the same answer. <see cref="Microsoft.CodeAnalysis.SymbolEqualityComparer"/> hashes a symbol through
/// its containers and names, which on a large project was a noticeable part of every lookup.
/// </summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    private ReferenceComparer()
    {
    }

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
