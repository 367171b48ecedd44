using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Benchmarks.Roslyn;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>
/// What configuration-sourced ids (docs/configuration.md, "Configuration-sourced ids") cost one compilation with a 2,000-key appsettings.json (issue 15: at
/// most 1 ms): reading the file (once per text), and the lookups a compilation makes — its settings files found, the
/// resolver made, and 40 configuration reads of every form resolved, options bound in the workload's own code among
/// them (35 of them find a value). The workload's trees (plus a file of those reads) are the compilation, so the search for option bindings
/// covers a project of the benchmarked size.
/// </summary>
[MemoryDiagnoser]
public class ConfigurationBenchmarks
{
    private const int Reads = 40;
    private const string CommentLine = "  // Generated: the settings of every feature.\n";

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<IOperation> _reads;
    private string _json = null!;
    private string _jsonWithoutComment = null!;
    private AnalyzerOptions _options = null!;
    private AnalyzerOptions _smallOptions = null!;

    // Set up once per workload size, not once per benchmark case: the smoke run stays short.
    private static readonly ConcurrentDictionary<WorkloadSize, (CSharpCompilation Compilation, ImmutableArray<IOperation> Reads)> Prepared = new();
    private static readonly ConcurrentDictionary<WorkloadSize, bool> CpuReported = new();

    [GlobalSetup]
    public void Setup()
    {
        (_compilation, _reads) = Prepared.GetOrAdd(BenchmarkSettings.Size, Prepare);
        _json = SettingsJson(2000);
        _jsonWithoutComment = _json.Replace(CommentLine, string.Empty, StringComparison.Ordinal);
        _options = Options(_json);
        _smallOptions = Options(SettingsJson(10));
        var keys = SettingsFile.Read(SourceText.From(_json)).Values.Count;
        var (resolved, values) = Resolve(_options);
        if (keys != 2000 || _reads.Length != Reads || resolved != Reads || values != Reads - Reads / 8)
        {
            throw new InvalidOperationException($"The setup is off: {keys} keys, {_reads.Length} reads, {resolved} resolved, {values} with values.");
        }

        if (CpuReported.TryAdd(BenchmarkSettings.Size, true))
        {
            ReportCpuTime();
        }
    }

    /// <summary>
    /// Reading the 2,000-key file: once per text (per build; in the IDE, per edit of the file). A file with a comment
    /// is read from a copy with the comment blanked; one without is read as it is.
    /// </summary>
    [Benchmark]
    [Arguments(true)]
    [Arguments(false)]
    public int Settings_Read_2000Keys(bool comment) => SettingsFile.Read(SourceText.From(comment ? _json : _jsonWithoutComment)).Values.Count;

    /// <summary>
    /// One compilation over texts already read and trees already searched, as in the IDE after an edit: the
    /// settings files found, the resolver made, the option bindings bound, the 40 reads resolved.
    /// </summary>
    [Benchmark(Baseline = true)]
    [Arguments(10)]
    [Arguments(2000)]
    public int Settings_PerCompilation(int keys) => Resolve(keys == 2000 ? _options : _smallOptions).Values;

    /// <summary>
    /// A build's one compilation: the 2,000-key file read from a new text, every tree searched for option
    /// registrations afresh, then the same as <see cref="Settings_PerCompilation"/>.
    /// </summary>
    [Benchmark]
    public int Settings_Build_2000Keys()
    {
        var searched = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            searched += OptionsBindings.FindCandidates(tree).Length;
        }

        return searched + Resolve(Options(_json)).Values;
    }

    private static (CSharpCompilation, ImmutableArray<IOperation>) Prepare(WorkloadSize size)
    {
        var workload = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var uses = CSharpSyntaxTree.ParseText(UsesSource(), WorkloadCompilation.ParseOptions, WorkloadCompilation.ProjectDirectory + "Configuration/Uses.cs");
        var compilation = workload.WithGenerated.AddSyntaxTrees(uses).AddReferences(
            new[]
            {
                typeof(Microsoft.Extensions.Configuration.IConfiguration),
                typeof(Microsoft.Extensions.Configuration.ConfigurationBinder),
                typeof(Microsoft.Extensions.Options.IOptions<>),
                typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions),
                typeof(Microsoft.Extensions.Primitives.IChangeToken),
            }.Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The configuration uses do not compile: " + string.Join(Environment.NewLine, errors));
        }

        // The values the analyzer is handed: the driver has bound them before it calls an operation action.
        var model = compilation.GetSemanticModel(uses);
        var reads = uses.GetRoot().DescendantNodes().OfType<InitializerExpressionSyntax>().Single()
            .Expressions.Select(e => model.GetOperation(e)!).ToImmutableArray();
        return (compilation, reads);
    }

    // Beside BenchmarkDotNet's wall-clock times, which a shared machine's load inflates: the thread CPU time of each
    // case (ThreadCpu, as the other measurements of docs/performance.md), the median of 31 runs after a second of
    // warm-up runs (so the JIT's optimized code runs, as after BenchmarkDotNet's own warm-up).
    private void ReportCpuTime()
    {
        static double MedianMs(Func<int> run)
        {
            var warmUp = Stopwatch.StartNew();
            while (warmUp.ElapsedMilliseconds < 1000)
            {
                run();
            }

            var runs = new double[31];
            for (var i = 0; i < runs.Length; i++)
            {
                var start = ThreadCpu.ThreadNanoseconds();
                run();
                runs[i] = (ThreadCpu.ThreadNanoseconds() - start) / 1e6;
            }

            Array.Sort(runs);
            return runs[runs.Length / 2];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""
            // ConfigurationBenchmarks, workload {{BenchmarkSettings.Size}}, thread CPU time per operation (median of 31 after 1 s of warm-up{{(ThreadCpu.IsAvailable ? "" : "; wall clock: no thread CPU clock here")}}):
            //   Settings_Read_2000Keys(True) {{MedianMs(() => Settings_Read_2000Keys(true)):0.###}} ms; Settings_Read_2000Keys(False) {{MedianMs(() => Settings_Read_2000Keys(false)):0.###}} ms; Settings_PerCompilation(10) {{MedianMs(() => Settings_PerCompilation(10)):0.###}} ms; Settings_PerCompilation(2000) {{MedianMs(() => Settings_PerCompilation(2000)):0.###}} ms; Settings_Build_2000Keys {{MedianMs(Settings_Build_2000Keys):0.###}} ms
            """));
    }

    private (int Resolved, int Values) Resolve(AnalyzerOptions options)
    {
        var reads = ConfigurationReads.Create(_compilation, ProjectSettings.From(options, CancellationToken.None))!;
        var resolved = 0;
        var values = 0;
        foreach (var read in _reads)
        {
            if (reads.Resolve(read, CancellationToken.None) is { } found)
            {
                resolved++;
                values += found.Values.Length;
            }
        }

        return (resolved, values);
    }

    private static AnalyzerOptions Options(string json) =>
        new(ImmutableArray.Create<AdditionalText>(new SettingsText(WorkloadCompilation.ProjectDirectory + "appsettings.json", json)));

    // 190 features of 10 keys each (nested objects, an array, numbers, a key name of its own) and 100 connection strings.
    private static string SettingsJson(int keys)
    {
        var connections = keys / 20;
        var features = Math.Max(1, (keys - connections) / 10);
        var json = new StringBuilder("{\n" + CommentLine + "  \"Features\": {\n");
        for (var i = 0; i < features; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""
                    "F{{i}}": {
                      "ModelId": "phi-4-mini", "deployment": "gpt-4o-mini", "Endpoint": "https://f{{i}}.contoso.com/",
                      "Temperature": 0.{{i % 10}}, "MaxTokens": {{100 + i}}, "Tags": [ "t{{i}}", "shared" ],
                      "Retry": { "Count": 3, "DelayMs": 250 }, "Fallback": { "ModelId": "llama3.2:3b" }
                    }{{(i + 1 < features ? "," : "")}}

                """);
        }

        json.Append("  },\n  \"ConnectionStrings\": {\n");
        for (var i = 0; i < connections; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"    \"c{i}\": \"Endpoint=https://c{i}.openai.azure.com/;Key=secret;Deployment=gpt-4o\"{(i + 1 < connections ? "," : "")}\n");
        }

        return json.Append("  }\n}\n").ToString();
    }

    // Forty reads, five of each form; the five GetValue calls read a key no file sets.
    private static string UsesSource()
    {
        var reads = new StringBuilder();
        for (var i = 0; i < Reads / 8; i++)
        {
            reads.Append(CultureInfo.InvariantCulture, $$"""
                        configuration["Features:F{{i}}:ModelId"],
                        configuration.GetSection("Features").GetSection("F{{i}}")["Endpoint"],
                        _features.GetSection("F{{i}}:Fallback:ModelId").Value,
                        configuration.GetValue<string>("Features:F{{i}}:Missing", "phi-4-mini"),
                        configuration.GetConnectionString("c{{i}}"),
                        chat.Value.Deployment,
                        vision.CurrentValue.Fallback.ModelId,
                        configuration.GetSection("Features:F{{i + 1}}").Get<FeatureSettings>()!.Tags[{{i % 2}}],

                """);
        }

        return $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            namespace Workload.Configuration;

            public sealed class FeatureSettings
            {
                public string ModelId { get; set; } = "";

                [ConfigurationKeyName("deployment")]
                public string Deployment { get; set; } = "";

                public FeatureSettings? Fallback { get; set; }

                public List<string> Tags { get; set; } = new();
            }

            public sealed class VisionSettings
            {
                public FeatureSettings Fallback { get; set; } = new();
            }

            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<FeatureSettings>(configuration.GetSection("Features:F0"));
                    services.AddOptions<VisionSettings>().BindConfiguration("Features:F1");
                }
            }

            public sealed class Uses(IConfiguration configuration, IOptions<FeatureSettings> chat, IOptionsMonitor<VisionSettings> vision)
            {
                private readonly IConfigurationSection _features = configuration.GetSection("Features");

                public string?[] Read() => new[]
                {
            {{reads}}    };
            }
            """;
    }

    private sealed class SettingsText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
