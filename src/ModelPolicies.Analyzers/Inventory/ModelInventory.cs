using System;
using System.Collections.Generic;
using System.Linq;
using ModelPolicies.Analyzers.Generator;

namespace ModelPolicies.Analyzers.Inventory;

/// <summary>
/// The AI inventory of one assembly (docs/bom.md): every model it uses, where, and the uses whose model cannot be
/// known at build time. Plain values compared by value, so a generator step holding one stays cached while no use
/// changes; <see cref="CycloneDxWriter"/> turns it into the bill of materials.
/// </summary>
internal sealed record ModelInventory(
    string AssemblyName,
    string AssemblyVersion,
    bool IsApplication,
    string? ToolVersion,
    EquatableArray<InventoryModel> Models,
    EquatableArray<UnverifiedUse> Unverified);

/// <summary>
/// One model the assembly uses. <see cref="Id"/> is the catalog id, or the id as written when the catalog does
/// not know it (<see cref="Known"/> false; then only the name, the contexts and the occurrences are known).
/// </summary>
internal sealed record InventoryModel(
    string Id,
    bool Known,
    string? Provider,
    ModelClass? Class,
    ModelSize Size,
    Modality Inputs,
    EquatableArray<string> Outputs,
    EquatableArray<string> Tasks,
    ModelDeployment Deployment,
    int? LatencyMs,
    EquatableArray<string> Contexts,
    EquatableArray<string> NamesUsed,
    EquatableArray<Occurrence> Occurrences)
{
    /// <summary>Runs only as a hosted service: its requests leave the device for its provider.</summary>
    public bool IsCloudOnly => Known && Deployment == ModelDeployment.Cloud;
}

/// <summary>A place in the code that uses a model: a file relative to the project ('/' separators), a 1-based line, and the member it is in.</summary>
internal sealed record Occurrence(string File, int Line, string? Symbol) : IComparable<Occurrence>
{
    public int CompareTo(Occurrence? other) =>
        other is null ? 1
        : string.CompareOrdinal(File, other.File) is var byFile and not 0 ? byFile
        : Line != other.Line ? Line.CompareTo(other.Line)
        : string.CompareOrdinal(Symbol, other.Symbol);
}

/// <summary>Why the model of a use is not in the inventory.</summary>
internal enum UnverifiedReason
{
    /// <summary>The model id is not statically known (MP0007): a parameter, configuration, the environment.</summary>
    NotStaticallyKnown,

    /// <summary>The id is not statically known, but the request goes through a client that enforces the context at run time (docs/runtime.md).</summary>
    EnforcedAtRunTime,
}

/// <summary>A use whose model cannot be named at build time: where it is and which sink takes the id.</summary>
internal sealed record UnverifiedUse(string File, int Line, string Sink, UnverifiedReason Reason) : IComparable<UnverifiedUse>
{
    public int CompareTo(UnverifiedUse? other) =>
        other is null ? 1
        : string.CompareOrdinal(File, other.File) is var byFile and not 0 ? byFile
        : Line != other.Line ? Line.CompareTo(other.Line)
        : string.CompareOrdinal(Sink, other.Sink) is var bySink and not 0 ? bySink
        : Reason.CompareTo(other.Reason);
}

/// <summary>The task names of the vocabulary (docs/catalog.md, "Tasks"), as the inventory lists them, and the output each produces.</summary>
internal static class ModelTasks
{
    /// <summary>The vocabulary's order, which is also the order tasks are listed in.</summary>
    public static IReadOnlyList<string> All { get; } = ModelVocabulary.Tasks.Select(t => t.Name).ToArray();

    /// <summary>The names of <paramref name="tasks"/>, in the vocabulary's order.</summary>
    public static IReadOnlyList<string> Of(ModelTask tasks) =>
        ModelVocabulary.Tasks.Where(t => (tasks & t.Value) != 0).Select(t => t.Name).ToArray();

    /// <summary>What a model performing <paramref name="task"/> produces, as a CycloneDX format name.</summary>
    public static string Output(string task) => ModelVocabulary.ParseTask(task) switch
    {
        ModelTask.Embedding => "embedding",
        ModelTask.ImageGeneration => "image",
        ModelTask.TextToSpeech => "audio",
        _ => "text",
    };

    /// <summary>Orders tasks as the vocabulary lists them; names it does not list come after, in ordinal order.</summary>
    public static int Compare(string x, string y)
    {
        var (ix, iy) = (Rank(x), Rank(y));
        return ix != iy ? ix.CompareTo(iy) : string.CompareOrdinal(x, y);
    }

    private static int Rank(string task)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == task)
            {
                return i;
            }
        }

        return All.Count;
    }
}
