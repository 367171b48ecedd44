using System.Collections.Immutable;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>Names of the diagnostic properties that code fixes read, and the property sets the rules attach.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The catalog id of the model used.</summary>
    public const string ModelId = "ModelId";

    /// <summary>The model name as the code wrote it.</summary>
    public const string UsedName = "UsedName";

    /// <summary>MP0013: the tasks the sink asks of a model (a <see cref="ModelTask"/> name).</summary>
    public const string Task = "Task";

    /// <summary>MP0004: the class the entry's size and inputs imply (a <see cref="ModelClass"/> name).</summary>
    public const string ImpliedClass = "ImpliedClass";

    public static ImmutableDictionary<string, string?> Of(CatalogEntry entry, string usedName) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(ModelId, entry.Id)
            .Add(UsedName, usedName);

    /// <summary>For a model the catalog does not know: only the name as written.</summary>
    public static ImmutableDictionary<string, string?> Of(string usedName) =>
        ImmutableDictionary<string, string?>.Empty.Add(UsedName, usedName);
}
