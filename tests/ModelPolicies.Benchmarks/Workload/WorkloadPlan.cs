using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>The use forms (docs/rules/MP0001.md, "What counts as a use"), one per planted use site.</summary>
public enum UseForm
{
    // §3.1: typed clients ([ModelClient] types).
    Construction,
    StaticMember,
    InstanceMember,
    TypeOf,
    GenericArgument,
    DiResolution,
    CtorInjection,

    // §3.2: statically known ids at sinks.
    Literal,
    Const,
    Local,
    ReadonlyField,
    InterpolatedConst,
    Coalesce,
    ChatOptionsModelId,

    // §3.3 and §3.4.
    UsesModelCall,
    TransitiveCall,
}

/// <summary>One planted use: its form, the (hot) catalog model it uses, and the context around it, if any.</summary>
/// <param name="Number">Unique in the workload; names the method, locals and fields of the use.</param>
/// <param name="Legacy">A typed-client form that uses a hand-written <c>[ModelClient]</c> type rather than a generated client.</param>
/// <param name="InLocalFunction">The context is on a local function around the use rather than on the method.</param>
/// <param name="Variant">Picks among equivalent spellings (which SDK call, which DI method…).</param>
public sealed record UseSite(int Number, UseForm Form, int Model, ContextKind? Context, bool Violates, bool Legacy, bool InLocalFunction, int Variant);

/// <summary>A member of a feature class: a method holding one use, or filler code that holds none.</summary>
public abstract record MemberPlan;

public sealed record UseMember(UseSite Use) : MemberPlan;

public sealed record FillerMember(string Text) : MemberPlan;

/// <summary>One feature file: a class with its members, and a worker class per constructor-injection use.</summary>
public sealed record FilePlan(int Index, string Area, string ClassName, int Threshold, IReadOnlyList<MemberPlan> Members, bool IsBigDocument)
{
    public string Path => $"{Area}/{ClassName}.cs";
}

/// <summary>
/// The dialect-free plan of a workload: every random choice is made here, once, so that the ModelPolicies
/// rendering and its platform twin have exactly the same shape.
/// </summary>
public sealed class WorkloadPlan
{
    // Form weights (percent): typed clients 35, constant ids at sinks 50, [UsesModel] calls 8, transitive calls 7.
    private static readonly (UseForm Form, int Weight)[] Forms =
    {
        (UseForm.Construction, 5), (UseForm.StaticMember, 5), (UseForm.InstanceMember, 5), (UseForm.TypeOf, 5),
        (UseForm.GenericArgument, 5), (UseForm.DiResolution, 5), (UseForm.CtorInjection, 5),
        (UseForm.Literal, 8), (UseForm.Const, 7), (UseForm.Local, 8), (UseForm.ReadonlyField, 7),
        (UseForm.InterpolatedConst, 6), (UseForm.Coalesce, 7), (UseForm.ChatOptionsModelId, 7),
        (UseForm.UsesModelCall, 8), (UseForm.TransitiveCall, 7),
    };

    private WorkloadPlan(WorkloadSize size, IReadOnlyList<CatalogModel> catalog, IReadOnlyList<FilePlan> files)
    {
        Size = size;
        Catalog = catalog;
        Files = files;
    }

    public WorkloadSize Size { get; }

    public IReadOnlyList<CatalogModel> Catalog { get; }

    public IReadOnlyList<FilePlan> Files { get; }

    public IEnumerable<UseSite> Uses => Files.SelectMany(f => f.Members).OfType<UseMember>().Select(m => m.Use);

    /// <summary>Shared files (common types, helpers, hand-written clients) that every workload has besides its features.</summary>
    public const int SharedFiles = 4;

    // Lines a use method or worker takes on average, to size the filler around them.
    private const int LinesPerUse = 14;

    public static WorkloadPlan Create(WorkloadSize size, int seed = WorkloadShape.Seed)
    {
        var shape = WorkloadShape.Of(size);
        var catalog = SyntheticCatalog.Create(WorkloadShape.CatalogEntries, seed);
        var random = new Random(seed);
        var uses = PlanUses(shape.Uses, catalog, random);

        var features = shape.Files - SharedFiles;
        var sharedLines = 50 + (WorkloadShape.HotModels * 20);
        var otherLines = Math.Max(0, shape.Lines - shape.BigDocumentLines - sharedLines) / Math.Max(1, features - 1);
        var bigUses = (int)Math.Round((double)shape.Uses * shape.BigDocumentLines / shape.Lines);
        var files = new List<FilePlan>(features);
        var next = 0;
        for (var f = 0; f < features; f++)
        {
            var isBig = f == 0;
            var count = isBig ? bigUses : Share(shape.Uses - bigUses, features - 1, f - 1);
            var lines = isBig ? shape.BigDocumentLines : otherLines;
            var members = new List<MemberPlan>();
            for (var u = 0; u < count && next < uses.Count; u++)
            {
                members.Add(new UseMember(uses[next++]));
            }

            // Filler methods: ordinary business code, no model in it, until the file has its share of lines.
            var budget = lines - 30 - (count * LinesPerUse);
            var filler = 0;
            if (isBig)
            {
                var edit = Filler.RevisionMethod(filler++);
                members.Add(new FillerMember(edit));
                budget -= Filler.Lines(edit);
            }

            while (budget > 0)
            {
                var text = Filler.Method(random, filler++);
                members.Add(new FillerMember(text));
                budget -= Filler.Lines(text);
            }

            Shuffle(members, random);
            files.Add(new FilePlan(f, $"Area{f % 40:D2}", $"Feature{f:D4}", 20 + random.Next(40), members, isBig));
        }

        // Whatever rounding left over goes to the last file.
        if (next < uses.Count)
        {
            var last = files[^1];
            files[^1] = last with { Members = last.Members.Concat(uses.Skip(next).Select(u => (MemberPlan)new UseMember(u))).ToList() };
        }

        return new WorkloadPlan(size, catalog, files);
    }

    private static List<UseSite> PlanUses(int count, IReadOnlyList<CatalogModel> catalog, Random random)
    {
        var hot = catalog.Take(WorkloadShape.HotModels).ToList();
        var totalWeight = Forms.Sum(f => f.Weight);
        var uses = new List<UseSite>(count);
        var contextsPerBlock = (int)Math.Round(1 / WorkloadShape.ContextShare);
        var violationsPerBlock = (int)Math.Round(1 / WorkloadShape.ViolationShare);
        var contextIndex = 0;
        var contextSlot = random.Next(contextsPerBlock);
        var violationSlot = random.Next(violationsPerBlock);
        for (var i = 0; i < count; i++)
        {
            // Exactly one use in each block of ten is in a context, and one in-context use in each block of five fails it.
            if (i % contextsPerBlock == 0 && i > 0)
            {
                contextSlot = random.Next(contextsPerBlock);
            }

            var pick = random.Next(totalWeight);
            var form = Forms[0].Form;
            foreach (var (candidate, weight) in Forms)
            {
                if (pick < weight)
                {
                    form = candidate;
                    break;
                }

                pick -= weight;
            }

            ContextKind? context = null;
            var violates = false;
            if (i % contextsPerBlock == contextSlot)
            {
                if (contextIndex % violationsPerBlock == 0 && contextIndex > 0)
                {
                    violationSlot = random.Next(violationsPerBlock);
                }

                violates = contextIndex % violationsPerBlock == violationSlot;
                contextIndex++;
                var roll = random.Next(100);
                context = roll < 40 ? ContextKind.Edge : roll < 75 ? ContextKind.LowLatency : ContextKind.Multimodal;
            }

            var candidates = context is { } c ? hot.Where(m => m.Satisfies(c) != violates).ToList() : hot;
            var model = candidates[random.Next(candidates.Count)].Index;
            var typed = form <= UseForm.CtorInjection;
            var legacy = typed && random.Next(100) < 15;
            var inLocalFunction = context is not null && form != UseForm.CtorInjection && random.Next(100) < 15;
            uses.Add(new UseSite(i, form, model, context, violates, legacy, inLocalFunction, random.Next(1000)));
        }

        return uses;
    }

    private static int Share(int total, int parts, int index) => (total / parts) + (index < total % parts ? 1 : 0);

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
