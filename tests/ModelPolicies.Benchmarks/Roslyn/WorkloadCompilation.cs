extern alias runtime;

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Benchmarks.Workload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkloadProject = ModelPolicies.Benchmarks.Workload.Workload;

namespace ModelPolicies.Benchmarks.Roslyn;

/// <summary>
/// A workload as in-memory Roslyn inputs: parsed trees, references (the framework, the ModelPolicies runtime,
/// Microsoft.Extensions.AI, and the stand-in SDK compiled as its own assembly), the catalog as an additional file,
/// and the global options a real build passes. Everything is parsed once; benchmarks clone the compilation.
/// </summary>
public sealed class WorkloadCompilation
{
    public const string ProjectDirectory = "/workload/";

    private static readonly ConcurrentDictionary<(WorkloadSize, Dialect), WorkloadCompilation> Cache = new();
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(CreateReferences);

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private readonly ConcurrentDictionary<int, AnalyzerOptions> _catalogOptions = new();

    private WorkloadCompilation(WorkloadProject workload)
    {
        Workload = workload;
        var sdk = SdkReference(workload);
        var trees = workload.Sources
            .AsParallel().AsOrdered()
            .Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), ParseOptions, ProjectDirectory + s.Path))
            .ToImmutableArray();
        Source = CSharpCompilation.Create(
            WorkloadProject.RootNamespace,
            trees,
            References.Add(sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        BigTree = trees.Single(t => t.FilePath == ProjectDirectory + workload.BigDocumentPath);
        var text = BigTree.GetText();
        var at = text.ToString().IndexOf(WorkloadProject.EditBefore, StringComparison.Ordinal);
        EditedBigTree = BigTree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, WorkloadProject.EditBefore.Length), WorkloadProject.EditAfter)));

        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = WorkloadProject.RootNamespace,
            ["build_property.TargetFramework"] = "net10.0",
            ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
            ["build_property.TargetFrameworkVersion"] = "v10.0",
            // What the SDK passes for a plain net10.0 project: the platforms CA1416 checks unsupported-only APIs against.
            ["build_property._SupportedPlatformList"] = "Android,iOS,Linux,macOS,Windows",
        };
        OptionsProvider = new GlobalOptionsProvider(global);

        if (workload.Dialect == Dialect.ModelPolicies)
        {
            AdditionalTexts = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(ProjectDirectory + "models.json", workload.CatalogJson!));
            var driver = CreateDriver(new[] { new ClientGenerator().AsSourceGenerator() });
            GeneratedTrees = driver.RunGenerators(Source).GetRunResult().GeneratedTrees;
        }
        else
        {
            AdditionalTexts = ImmutableArray<AdditionalText>.Empty;
            GeneratedTrees = ImmutableArray<SyntaxTree>.Empty;
        }

        // The compilation a build without ModelPolicies would compile: the typed clients as if written by hand.
        WithGenerated = Source.AddSyntaxTrees(GeneratedTrees);
        AnalyzerOptions = new AnalyzerOptions(AdditionalTexts, OptionsProvider);
    }

    public WorkloadProject Workload { get; }

    /// <summary>User code only: for the ModelPolicies dialect it needs the generator to compile.</summary>
    public CSharpCompilation Source { get; }

    /// <summary>User code plus the generator's output, added as ordinary trees.</summary>
    public CSharpCompilation WithGenerated { get; }

    public ImmutableArray<SyntaxTree> GeneratedTrees { get; }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public AnalyzerConfigOptionsProvider OptionsProvider { get; }

    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary>The large document, and the same after the one-line edit inside a method body.</summary>
    public SyntaxTree BigTree { get; }

    public SyntaxTree EditedBigTree { get; }

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static WorkloadCompilation Get(WorkloadSize size, Dialect dialect) =>
        Cache.GetOrAdd((size, dialect), key => new WorkloadCompilation(WorkloadGenerator.Create(key.Item1, key.Item2)));

    /// <summary>
    /// The analyzer options with a catalog of <paramref name="entries"/> entries instead of the project's 500. The
    /// first entries of every synthetic catalog are the same, so the code's models are in each; only the length differs.
    /// </summary>
    public AnalyzerOptions OptionsWithCatalog(int entries) => entries == WorkloadShape.CatalogEntries
        ? AnalyzerOptions
        : _catalogOptions.GetOrAdd(entries, n => new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(ProjectDirectory + "models.json", SyntheticCatalog.ToJson(SyntheticCatalog.Create(n, WorkloadShape.Seed)))),
            OptionsProvider));

    public GeneratorDriver CreateDriver(IEnumerable<ISourceGenerator> generators) => CreateDriver(generators, AdditionalTexts);

    /// <summary>
    /// A driver as a build starts one: with the catalog read afresh into a new text, so nothing kept with the text
    /// (the catalog reader keeps what it read from each text) is reused from an earlier run.
    /// </summary>
    public GeneratorDriver CreateColdDriver(IEnumerable<ISourceGenerator> generators) =>
        CreateDriver(generators, AdditionalTexts.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.GetText()!.ToString())).ToImmutableArray());

    private GeneratorDriver CreateDriver(IEnumerable<ISourceGenerator> generators, ImmutableArray<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            generators,
            additionalTexts,
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null, bool logExecutionTime = false) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options ?? AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: logExecutionTime, reportSuppressedDiagnostics: false));

    // The stand-in SDK, compiled once per dialect into an assembly image: a real SDK is metadata to the analyzers.
    private static readonly ConcurrentDictionary<Dialect, MetadataReference> SdkReferences = new();

    private static MetadataReference SdkReference(WorkloadProject workload) => SdkReferences.GetOrAdd(workload.Dialect, _ =>
    {
        var name = workload.Dialect == Dialect.ModelPolicies ? "AiSdk" : "PlatformSdk";
        var compilation = CSharpCompilation.Create(
            name,
            workload.SdkSources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            throw new InvalidOperationException($"The {name} stand-in does not compile: " + string.Join(Environment.NewLine, emit.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    });

    // The running framework's assemblies, the ModelPolicies runtime and Microsoft.Extensions.AI: nothing downloaded.
    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var frameworkAssemblies = Directory.EnumerateFiles(framework, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll"));
        return frameworkAssemblies.Concat(ProjectAssemblies)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    /// <summary>The non-framework assemblies the workload references (also written into the e2e project).</summary>
    public static IReadOnlyList<string> ProjectAssemblies { get; } = new[]
    {
        typeof(runtime::ModelPolicies.EdgeAttribute).Assembly.Location,
        typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location,
        typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location,
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
        typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location,
    };

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        // As in a build, every file sees the global options (the SDK's analyzers read them per tree).
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
