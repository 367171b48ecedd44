using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using ModelPolicies.Benchmarks.Benchmarks;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Runner;
using ModelPolicies.Benchmarks.Workload;

// dotnet run -c Release --project tests/ModelPolicies.Benchmarks [-- options]
//   (no option)              the measurement run of docs/performance.md: workload L, every benchmark, the results table
//   --smoke                  CI: workload S, BenchmarkDotNet's Job.Dry (one iteration), no timing verdicts
//   --size S|M|L             the workload size (also MP_BENCH_SIZE)
//   --filter <glob>          only the benchmarks whose full name matches a glob (BenchmarkDotNet's; repeatable)
//   --validate               only build and check the workload, with the analyzer driver's own timings
//   --write-workload <dir>   write the workload (and its e2e project) to <dir> for e2e.sh
//   --profile edit|build     repeat one scenario for a profiler, then our CPU time per analyzer and kind of action
//                            (--catalog N: the catalog's size, default 500; --seconds S: how long, default 20)
//   --without <analyzer>     leave one of our analyzers (its type name) out of every case: that analyzer's share
var options = Options.Parse(args);
BenchmarkSettings.Size = options.Size;
AnalyzerSets.Without(options.Without);

if (options.Profile is { } scenario)
{
    Profile.Run(options.Size, scenario, options.CatalogEntries, TimeSpan.FromSeconds(options.Seconds));
    return 0;
}

if (options.WriteTo is { } directory)
{
    WorkloadWriter.Write(options.Size, directory);
    return 0;
}

var total = Stopwatch.StartNew();
Console.WriteLine($"Workload {options.Size}: generating, parsing and checking it (compiler errors, diagnostics, driver telemetry)...");
var validation = Validation.Run(options.Size, telemetryRuns: options.Smoke ? 1 : 8);
Validation.Print(validation);
var problems = Validation.Problems(validation);
foreach (var problem in problems)
{
    Console.Error.WriteLine("error: " + problem);
}

if (problems.Count > 0)
{
    return 1;
}

if (options.ValidateOnly)
{
    return 0;
}

var summaries = new List<Summary>();
foreach (var (type, job, unit) in new[]
{
    (typeof(AnalysisBenchmarks), Jobs.For(options.Smoke, slow: true), TimeUnit.Millisecond),
    (typeof(EditBenchmarks), Jobs.For(options.Smoke, slow: false), TimeUnit.Millisecond),
    (typeof(GeneratorBenchmarks), Jobs.For(options.Smoke, slow: false), TimeUnit.Millisecond),
    (typeof(CatalogBenchmarks), Jobs.For(options.Smoke, slow: false), TimeUnit.Millisecond),
    (typeof(ConfigurationBenchmarks), Jobs.For(options.Smoke, slow: false), TimeUnit.Millisecond),
    (typeof(RuntimeBenchmarks), Jobs.ForRequests(options.Smoke), TimeUnit.Nanosecond),
})
{
    var config = ManualConfig.CreateEmpty()
        .AddJob(job)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(unit));
    if (options.Filters.Count > 0)
    {
        config = config.AddFilter(new GlobFilter(options.Filters.ToArray()));
    }

    summaries.Add(BenchmarkRunner.Run(type, config));
}

var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo).ToList();
failed.AddRange(summaries.Where(s => s.HasCriticalValidationErrors).Select(s => "validation: " + string.Join("; ", s.ValidationErrors.Select(e => e.Message))));

Console.WriteLine("Interleaved runs of the IDE-edit and warm-generator cases...");
var interleaved = Interleaved.Measure(options.Size, options.Smoke);
var table = new ResultsTable(summaries).ToMarkdown(validation, interleaved, options.Smoke);
var results = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results", "ModelPolicies-performance.md");
Directory.CreateDirectory(Path.GetDirectoryName(results)!);
File.WriteAllText(results, table);
Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine($"Written to {results}. Total time: {total.Elapsed:mm\\:ss}.");

foreach (var failure in failed)
{
    Console.Error.WriteLine("error: benchmark failed: " + failure);
}

return failed.Count == 0 ? 0 : 1;

/// <summary>The jobs: small explicit ones, run in this process (no generated project to build), or Job.Dry for the smoke run.</summary>
internal static class Jobs
{
    public static Job For(bool smoke, bool slow)
    {
        if (smoke)
        {
            return Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke");
        }

        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1);

        // Whole-project runs take seconds: one invocation per iteration, one warm-up, five measured.
        return slow
            ? job.WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1).WithId("Project")
            : job.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(TimeInterval.FromMilliseconds(250))
                // Operations of milliseconds: the empty-method overhead BenchmarkDotNet subtracts is nanoseconds, and a
                // forced full collection before every iteration (over the workload's compilations, most of a gigabyte)
                // took longer than the iteration itself. Each operation allocates and collects its own garbage anyway.
                .WithEvaluateOverhead(false).WithGcForce(false).WithId("Interactive");
    }

    /// <summary>
    /// Run-time requests take nanoseconds: BenchmarkDotNet's own defaults for those (overhead subtracted, many
    /// invocations per iteration), with fewer iterations than its automatic choice.
    /// </summary>
    public static Job ForRequests(bool smoke) =>
        smoke
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke")
            : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1)
                .WithWarmupCount(5).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Request");
}

internal sealed record Options(WorkloadSize Size, bool Smoke, bool ValidateOnly, IReadOnlyList<string> Filters, string? WriteTo)
{
    public string? Profile { get; init; }

    public int CatalogEntries { get; init; } = WorkloadShape.CatalogEntries;

    public int Seconds { get; init; } = 20;

    /// <summary>Our analyzers (type names) left out of every case.</summary>
    public IReadOnlyList<string> Without { get; init; } = Array.Empty<string>();

    public static Options Parse(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var size = Environment.GetEnvironmentVariable("MP_BENCH_SIZE") is { Length: > 0 } fromEnvironment
            ? Enum.Parse<WorkloadSize>(fromEnvironment, ignoreCase: true)
            : smoke ? WorkloadSize.S : WorkloadSize.L;
        var filters = new List<string>();
        var without = new List<string>();
        string? writeTo = null, profile = null;
        int catalogEntries = WorkloadShape.CatalogEntries, seconds = 20;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--size" when i + 1 < args.Length:
                    size = Enum.Parse<WorkloadSize>(args[++i], ignoreCase: true);
                    break;
                case "--filter" when i + 1 < args.Length:
                    filters.Add(args[++i]);
                    break;
                case "--write-workload" when i + 1 < args.Length:
                    writeTo = args[++i];
                    break;
                case "--profile" when i + 1 < args.Length:
                    profile = args[++i];
                    break;
                case "--catalog" when i + 1 < args.Length:
                    catalogEntries = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--seconds" when i + 1 < args.Length:
                    seconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--without" when i + 1 < args.Length:
                    without.Add(args[++i]);
                    break;
                case "--smoke" or "--validate":
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}' (see the top of Program.cs)");
            }
        }

        return new Options(size, smoke, args.Contains("--validate"), filters, writeTo)
        {
            Profile = profile,
            CatalogEntries = catalogEntries,
            Seconds = seconds,
            Without = without,
        };
    }
}
