using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using ModelPolicies.Benchmarks.Workload;

namespace ModelPolicies.Benchmarks.Runner;

/// <summary>One benchmark's result: its median time and the memory it allocated per operation.</summary>
public sealed record Measurement(string Name, double MedianMs, long? AllocatedBytes);

/// <summary>
/// Turns BenchmarkDotNet's reports into the numbers issue 7 asks for: ratios against the baselines, the difference a
/// baseline subtraction leaves, and the time per use site. Each row says what it compares and its target.
/// </summary>
public sealed class ResultsTable
{
    private readonly Dictionary<string, Measurement> _byName;

    public ResultsTable(IEnumerable<Summary> summaries)
    {
        _byName = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var arguments = string.Join(",", report.BenchmarkCase.Parameters.Items.Select(p => p.Value?.ToString()));
            if (arguments.Length > 0)
            {
                name += "(" + arguments + ")";
            }

            if (report.ResultStatistics is { } statistics)
            {
                _byName[name] = new Measurement(name, statistics.Median / 1_000_000, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
            }
        }
    }

    public IReadOnlyCollection<Measurement> Measurements => _byName.Values;

    /// <summary>The results table of docs/performance.md, in Markdown.</summary>
    public string ToMarkdown(ValidationResult workload, InterleavedResult interleaved, bool smoke)
    {
        double I(string name) => interleaved.MedianMs[name];
        string Bdn(string name) => Get(name) is { } m ? Ms(m.MedianMs) : "–";
        var uses = workload.UseSites;
        var rows = new List<(string What, string Measured, string Target, string Verdict)>();

        if (Get("Compilation") is { } bare && Get("Compilation_ModelPoliciesAnalyzersAndGenerator") is { } full)
        {
            // Beside the whole runs: the CPU time of our own work (our actions, and the generator's cold run) against
            // the CPU time of the compiler's diagnostics of the same program.
            var noOp = Get("Compilation_NoOpAnalyzer");
            var ratio = full.MedianMs / bare.MedianMs;
            var generator = Get("Generator_Cold")?.MedianMs ?? 0;
            var own = workload.Telemetry.OursCpuMs + generator;
            rows.Add((
                $"Full analysis of {workload.Size}: compilation + our analyzers + generator vs compilation alone",
                $"{Ms(full.MedianMs)} vs {Ms(bare.MedianMs)} = **{ratio:0.000}×**" + (noOp is null ? string.Empty : $" ({full.MedianMs / noOp.MedianMs:0.000}× the no-op analyzer run, {Ms(noOp.MedianMs)})")
                    + $"; our own work in CPU time (our actions {Ms(workload.Telemetry.OursCpuMs)} + the cold generator {Ms(generator)}) over the compiler's diagnostics ({Ms(workload.Telemetry.CompilationCpuMs)} of process CPU): {1 + own / workload.Telemetry.CompilationCpuMs:0.000}×",
                "≤ 1.05×",
                Verdict(ratio <= 1.05)));
        }

        // Per use site, by the time inside each analyzer's actions: the figure both analyzers can be compared on, as both
        // have the driver build the same operation trees (a cost every build pays once for all analyzers; CA1416 is on
        // by default). Judged on thread CPU time; the driver's wall-clock telemetry and the whole-run subtraction beside.
        var telemetry = workload.Telemetry;
        var ourPerUse = telemetry.OursCpuMs / uses;
        var caPerUse = telemetry.Ca1416CpuMs / uses;
        var subtraction = Get("Compilation_ModelPoliciesAnalyzers") is { } ours && Get("Compilation_NoOpAnalyzer") is { } oursBase
            && Get("Twin_Compilation_Ca1416") is { } ca && Get("Twin_Compilation_NoOpAnalyzer") is { } caBase
                ? $"; whole runs (analyzers − no-op, BenchmarkDotNet): {Us((ours.MedianMs - oursBase.MedianMs) / uses)} vs {Us((ca.MedianMs - caBase.MedianMs) / uses)}"
                : string.Empty;
        rows.Add((
            $"Per use site: thread CPU time in the analyzers' own actions (best of {telemetry.Runs} interleaved runs), ours on the workload vs CA1416 on its platform twin",
            $"{Us(ourPerUse)} vs {Us(caPerUse)} per use = **{ourPerUse / caPerUse:0.00}×** (driver telemetry, wall-clock: {Us(telemetry.OursMs / uses)} vs {Us(telemetry.Ca1416Ms / uses)} = {telemetry.OursMs / telemetry.Ca1416Ms:0.00}×{subtraction})",
            "≤ 0.5×",
            Verdict(ourPerUse / caPerUse <= 0.5)));

        // The IDE edit: what our analyzers add is the work inside their actions (thread CPU time, which resolves a
        // millisecond here), over what the driver spends for any analyzer registering the same kinds of actions. The
        // whole request's wall-clock medians are shown beside it; they move by tens of milliseconds from run to run.
        double Cpu(string name) => interleaved.ActionCpuMs[name];
        {
            var own = Cpu("Edit_ModelPoliciesAnalyzers");
            rows.Add((
                $"IDE edit: one-line change in the 2,000-line document, its semantic diagnostics; our share over a do-nothing analyzer registering the same kinds of actions = the thread CPU time inside our actions; median of {interleaved.EditRounds} interleaved rounds",
                $"**{Ms(own)}** (CA1416's on the twin's same edit: {Ms(Cpu("Twin_Edit_Ca1416"))}); whole request, wall clock: ours {Ms(I("Edit_ModelPoliciesAnalyzers"))}, same-kinds no-op {Ms(I("Edit_SameKindsNoOpAnalyzer"))} ({Signed(I("Edit_ModelPoliciesAnalyzers") - I("Edit_SameKindsNoOpAnalyzer"))}), "
                    + $"document no-op {Ms(I("Edit_DocumentNoOpAnalyzer"))}, the compiler's diagnostics alone {Ms(I("Edit_CompilerOnly"))}; BenchmarkDotNet: {Bdn("Edit_ModelPoliciesAnalyzers")} vs {Bdn("Edit_SameKindsNoOpAnalyzer")}",
                "≤ +10 ms",
                Verdict(own <= 10)));
        }

        if (Get("Generator_Cold") is { } cold)
        {
            var empty = Get("EmptyGenerator_Cold");
            rows.Add((
                $"Generator, cold run on the {Workload.WorkloadShape.CatalogEntries}-entry catalog ({workload.GeneratedClients} clients)",
                $"**{Ms(cold.MedianMs)}**" + (empty is null ? string.Empty : $" (empty FAWMN generator, cold: {Ms(empty.MedianMs)})"),
                "≤ 20 ms",
                Verdict(cold.MedianMs <= 20)));
        }

        {
            // The floor of any generator that reads [assembly: ModelClient] with ForAttributeWithMetadataName: Roslyn
            // re-runs the transform of a matched attribute on every new compilation, binding the assembly's attributes.
            var ratio = I("Generator_WarmAfterEdit") / I("SameAttributesGenerator_WarmAfterEdit");
            rows.Add((
                $"Generator, warm rerun after an unrelated edit vs an empty FAWMN generator watching the same attributes; median of {interleaved.GeneratorRounds} interleaved rounds",
                $"{Ms(I("Generator_WarmAfterEdit"))} vs {Ms(I("SameAttributesGenerator_WarmAfterEdit"))} = **{ratio:0.00}×** (an empty generator matching nothing: {Ms(I("EmptyGenerator_WarmAfterEdit"))}; "
                    + $"the same, then the new compilation's assembly attributes bound: {Ms(I("EmptyGeneratorThenAssemblyAttributes_WarmAfterEdit"))}; "
                    + $"BenchmarkDotNet: {Bdn("Generator_WarmAfterEdit")} vs {Bdn("SameAttributesGenerator_WarmAfterEdit")})",
                "≤ 1.1×",
                Verdict(ratio <= 1.1)));
        }

        // Catalog scaling: the thread CPU time in our actions with catalogs of 50, 500 and 5,000 entries (the same uses,
        // so its growth is the growth per use site), on the IDE edit and per use site in a whole build. The catalog's
        // load is not per use site: it is done once per catalog text and shown beside, with what it would add per use
        // if this workload's use sites carried it alone.
        {
            var edit50 = Cpu("Edit_ModelPoliciesAnalyzers_Catalog(50)");
            var edit5000 = Cpu("Edit_ModelPoliciesAnalyzers_Catalog(5000)");
            var editGrowth = (edit5000 - edit50) / edit50;
            var per = telemetry.OursCpuByCatalogMs;
            var load = workload.CatalogLoadMs;
            var buildGrowth = telemetry.CatalogGrowth;
            rows.Add((
                "Catalog scaling: thread CPU time in our actions with 50 / 500 / 5,000 catalog entries (same uses, interleaved), on the IDE edit (median of the rounds) and per use site in a build (best run; the growth is the median of the rounds' 5,000-to-50 ratios); beside it, the catalog's load, once per catalog text",
                $"edit: {Ms(edit50)} / {Ms(Cpu("Edit_ModelPoliciesAnalyzers"))} / {Ms(edit5000)}, **{editGrowth:+0%;-0%;0%}** from 50 to 5,000; "
                    + $"build: {Us(per[50] / uses)} / {Us(per[WorkloadShape.CatalogEntries] / uses)} / {Us(per[5000] / uses)} per use, **{buildGrowth:+0%;-0%;0%}**; "
                    + $"load (once per catalog text, not per use): {Ms(load[50])} / {Ms(load[WorkloadShape.CatalogEntries])} / {Ms(load[5000])}, {Us((load[5000] - load[50]) / uses)} more per use at 5,000 entries if this workload's {uses:N0} uses carried it alone",
                "flat: ≤ 10% added from 50 to 5,000",
                Verdict(editGrowth <= 0.10 && buildGrowth <= 0.10)));
        }

        // Run-time enforcement: what UseModelPolicy adds to a request over a bare DelegatingChatClient on the same no-op
        // inner client; non-streaming it must allocate nothing more (verdicts are cached per model name, dated ids too).
        if (Get("Runtime_Bare_GetResponse") is { } bareRequest && Get("Runtime_ModelPolicy_GetResponse") is { } enforcedRequest)
        {
            var pairs = new[] { ("", "catalog id"), ("_DatedId", "dated id"), ("_AsyncInner", "inner completing asynchronously") }
                .Select(p => (p.Item2, Bare: Get("Runtime_Bare_GetResponse" + p.Item1), Enforced: Get("Runtime_ModelPolicy_GetResponse" + p.Item1)))
                .Append(("streaming", Get("Runtime_Bare_Streaming"), Get("Runtime_ModelPolicy_Streaming")))
                .Where(p => p.Item2 is not null && p.Item3 is not null)
                .Select(p => (What: p.Item1, Ns: (p.Item3!.MedianMs - p.Item2!.MedianMs) * 1_000_000, Bytes: (p.Item3.AllocatedBytes ?? 0) - (p.Item2.AllocatedBytes ?? 0)))
                .ToList();
            // With an inner client that yields, a request's time is the thread pool's scheduling (tens of µs, bimodal
            // here): that pair shows the continuation's allocation, and its time is not judged.
            var synchronous = pairs.Where(p => p.What is "catalog id" or "dated id").ToList();
            var timed = pairs.Where(p => p.What != "inner completing asynchronously").ToList();
            rows.Add((
                "Run-time enforcement: a request through UseModelPolicy<TContext>() vs a bare DelegatingChatClient, over the same no-op inner client (medians; allocation per request)",
                string.Join("; ", pairs.Select(p => $"{p.What}: **{(p.Ns >= 0 ? "+" : "−")}{Ns(Math.Abs(p.Ns))}**, {(p.Bytes >= 0 ? "+" : "−")}{Math.Abs(p.Bytes)} B"))
                    + $" (catalog id: bare {Ns(bareRequest.MedianMs * 1_000_000)}, enforced {Ns(enforcedRequest.MedianMs * 1_000_000)})",
                "≤ +2 µs per request (synchronous inner client); +0 B non-streaming",
                Verdict(timed.All(p => p.Ns <= 2_000) && synchronous.All(p => p.Bytes <= 0))));
        }

        var text = new StringBuilder();
        if (smoke)
        {
            text.AppendLine("Smoke run (Job.Dry, one iteration, size S): the numbers below only show that every benchmark runs; they are not measurements.");
            text.AppendLine();
        }

        text.AppendLine("| What | Measured (median) | Target | Met |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.What} | {row.Measured} | {row.Target} | {(smoke ? "(smoke)" : row.Verdict)} |");
        }

        text.AppendLine();
        text.AppendLine("| Benchmark | Median | Allocated / op |");
        text.AppendLine("|---|---:|---:|");
        foreach (var m in _byName.Values)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {(m.MedianMs < 0.01 ? Ns(m.MedianMs * 1_000_000) : Ms(m.MedianMs))} | {Bytes(m.AllocatedBytes)} |");
        }

        return text.ToString();
    }

    private Measurement? Get(string name) => _byName.TryGetValue(name, out var m) ? m : null;

    private static string Verdict(bool met) => met ? "yes" : "**no**";

    private static string Signed(double ms) => (ms >= 0 ? "+" : "−") + Ms(Math.Abs(ms));

    private static string Ms(double ms) => ms >= 100
        ? ms.ToString("N0", CultureInfo.InvariantCulture) + " ms"
        : ms.ToString("0.0#", CultureInfo.InvariantCulture) + " ms";

    private static string Ns(double ns) => ns.ToString("0.0", CultureInfo.InvariantCulture) + " ns";

    private static string Us(double ms) => (ms * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "–",
        >= 1L << 20 => (bytes.Value / (double)(1L << 20)).ToString("N1", CultureInfo.InvariantCulture) + " MB",
        >= 1L << 10 => (bytes.Value / (double)(1L << 10)).ToString("N1", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.Value.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
