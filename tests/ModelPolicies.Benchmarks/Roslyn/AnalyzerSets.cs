using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using ModelPolicies.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Benchmarks.Roslyn;

/// <summary>The analyzers and generators the benchmarks run: ours, the SDK's CA1416, and the do-nothing baselines.</summary>
public static class AnalyzerSets
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyCa1416 = new(LoadCa1416);

    /// <summary>Every analyzer of ModelPolicies.Analyzers, as a build loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ModelPolicies { get; private set; } = typeof(ClientGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>
    /// <c>--without</c>: our analyzers but the ones named (by type name), so one analyzer's share of a figure is the
    /// difference of two runs. Called before any case is built; a name that is not one of ours is an error.
    /// </summary>
    public static void Without(IReadOnlyCollection<string> analyzers)
    {
        var ours = ModelPolicies.Select(a => a.GetType().Name).ToHashSet(StringComparer.Ordinal);
        if (analyzers.FirstOrDefault(name => !ours.Contains(name)) is { } unknown)
        {
            throw new ArgumentException($"--without: '{unknown}' is not one of our analyzers ({string.Join(", ", ours.Order(StringComparer.Ordinal))})");
        }

        ModelPolicies = ModelPolicies.Where(a => !analyzers.Contains(a.GetType().Name)).ToImmutableArray();
    }

    public static ImmutableArray<DiagnosticAnalyzer> NoOp { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());

    public static ImmutableArray<DiagnosticAnalyzer> DocumentNoOp { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new DocumentNoOpAnalyzer());

    public static ImmutableArray<DiagnosticAnalyzer> SameKindsNoOp { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new SameKindsNoOpAnalyzer());

    /// <summary>The SDK's platform-compatibility analyzer (CA1416), loaded from the running SDK's NetAnalyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ca1416 => LazyCa1416.Value;

    public static ISourceGenerator ClientGenerator() => new ClientGenerator().AsSourceGenerator();

    public static ISourceGenerator EmptyGenerator() => new EmptyGenerator().AsSourceGenerator();

    public static ISourceGenerator SameAttributesGenerator() => new SameAttributesGenerator().AsSourceGenerator();

    /// <summary>
    /// The NetAnalyzers of the SDK this machine builds with: <c>MP_NETANALYZERS_DIR</c> if set, else the newest SDK under
    /// the dotnet root (from <c>DOTNET_HOST_PATH</c>, else the running runtime's location). No version is written down.
    /// </summary>
    public static string NetAnalyzersDirectory()
    {
        if (Environment.GetEnvironmentVariable("MP_NETANALYZERS_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
            ? Path.GetDirectoryName(host)!
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var sdks = Directory.Exists(Path.Combine(root, "sdk")) ? Directory.GetDirectories(Path.Combine(root, "sdk")) : Array.Empty<string>();
        return sdks
            .Select(sdk => (Sdk: sdk, Version: Version.TryParse(Path.GetFileName(sdk).Split('-')[0], out var v) ? v : new Version(0, 0)))
            .Where(s => File.Exists(Path.Combine(s.Sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers", "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
            .OrderByDescending(s => s.Version)
            .Select(s => Path.Combine(s.Sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No SDK with NetAnalyzers under {root}/sdk; set MP_NETANALYZERS_DIR to the folder of Microsoft.CodeAnalysis.NetAnalyzers.dll");
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadCa1416()
    {
        var path = Path.Combine(NetAnalyzersDirectory(), "Microsoft.CodeAnalysis.NetAnalyzers.dll");
        var reference = new AnalyzerFileReference(path, new LoadFromLoader());
        string? failure = null;
        reference.AnalyzerLoadFailed += (_, e) => failure ??= e.Message;
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == "CA1416"))
            .ToImmutableArray();
        return analyzers.Length == 1
            ? analyzers
            : throw new InvalidOperationException($"Expected one CA1416 analyzer in {path}, found {analyzers.Length}. {failure}");
    }

    private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>
/// The baseline analyzer: registers one compilation-start action that does nothing. Running a compilation with any
/// analyzer binds it again through the analyzer driver; subtracting this run leaves what an analyzer itself costs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
#pragma warning disable RS1012 // Doing nothing is the point: the driver runs, no analyzer work is added.
        context.RegisterCompilationStartAction(static _ => { });
#pragma warning restore RS1012
    }
}

/// <summary>
/// The cheapest analyzer that looks at documents: one semantic-model action that does nothing. Asking the driver for a
/// document's analyzer diagnostics costs a fixed amount as soon as any analyzer has a document-level action (the IDE's
/// own analyzers and the SDK's always do); this measures that amount, so what remains above it is our analyzers' own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocumentNoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP0002", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(static _ => { });
    }
}

/// <summary>
/// A do-nothing analyzer that registers the kinds of actions ours do: symbol actions on types, methods, properties and
/// events, a syntax action on attribute lists, and an operation-block start (which makes the driver build the operation
/// tree of every code block it analyzes). What the driver spends serving those kinds is paid by any analyzer that
/// registers them (CA1416, on in every <c>net10.0</c> project, registers operation-block actions too); what ours
/// cost above this is the work inside our actions.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SameKindsNoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP0003", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event);
            start.RegisterSyntaxNodeAction(static _ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.AttributeList);
#pragma warning disable RS1012 // Doing nothing is the point: the driver builds the operation trees all the same.
            start.RegisterOperationBlockStartAction(static _ => { });
#pragma warning restore RS1012
        });
    }
}

/// <summary>The baseline generator: one ForAttributeWithMetadataName pipeline for an attribute nobody uses, and no output.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class EmptyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var nothing = context.SyntaxProvider.ForAttributeWithMetadataName(
            "ModelPolicies.Benchmarks.NothingAttribute",
            static (_, _) => true,
            static (_, _) => 0);
        context.RegisterSourceOutput(nothing, static (_, _) => { });
    }
}

/// <summary>
/// The floor of any generator that watches the attributes ours does: ForAttributeWithMetadataName on
/// <c>[assembly: ModelCatalogEntry]</c> and <c>[assembly: ModelClient]</c>, a constant transform, no output. Roslyn
/// re-runs a matched node's transform on every new compilation, so this pays the binding of those attributes too.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SameAttributesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (var attribute in new[] { "ModelPolicies.ModelCatalogEntryAttribute", "ModelPolicies.ModelClientAttribute" })
        {
            var nodes = context.SyntaxProvider.ForAttributeWithMetadataName(
                attribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax,
                static (_, _) => 0);
            context.RegisterSourceOutput(nodes, static (_, _) => { });
        }
    }
}
