using System;
using System.Runtime.CompilerServices;

namespace ModelPolicies.Analyzers;

/// <summary>
/// A value computed from an owner object and kept exactly as long as the owner lives — per catalog text, per merged
/// catalog, per compilation — so the analyzers of every compilation that shares the owner (in the IDE, every edit makes
/// a new compilation over the same additional texts), the code fixes and the generator compute it once. The only
/// process-wide state of the analyzer assembly is held in instances of this type, each a static field named for what
/// it keeps.
/// </summary>
internal sealed class Kept<TOwner, TValue>
    where TOwner : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TOwner, Box> _table = new();

    /// <summary>The value kept with <paramref name="owner"/>, computed by <paramref name="create"/> the first time.</summary>
    public TValue Get<TArg>(TOwner owner, TArg arg, Func<TOwner, TArg, TValue> create) =>
        Get(owner, arg, static (_, _) => true, create);

    /// <summary>The value kept with <paramref name="owner"/>, or null when none is yet.</summary>
    public TValue? Find(TOwner owner) => _table.TryGetValue(owner, out var box) ? box.Value : null;

    /// <summary>
    /// The value kept with <paramref name="owner"/> when <paramref name="isFor"/> says it was made for
    /// <paramref name="arg"/>; else a new one from <paramref name="create"/>, kept in its place.
    /// </summary>
    public TValue Get<TArg>(TOwner owner, TArg arg, Func<TValue, TArg, bool> isFor, Func<TOwner, TArg, TValue> create)
    {
        var box = _table.GetValue(owner, static _ => new Box());
        if (box.Value is { } kept && isFor(kept, arg))
        {
            return kept;
        }

        // Two threads may both create one; either result is the same value.
        var created = create(owner, arg);
        box.Value = created;
        return created;
    }

    private sealed class Box
    {
        public volatile TValue? Value;
    }
}
