using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Analyzers.Contexts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// Everything a call-site analyzer needs for one compilation, built once per compilation and shared by every analyzer
/// that starts on it: the symbols, the catalog, and the caches of contexts, clients, sinks, wrapper and callee summaries.
/// </summary>
internal sealed class PolicyCompilation
{
    // The analyzers of one compilation share one instance, so each wrapper and callee is summarized once.
    private static readonly Kept<Compilation, For> PerCompilation = new();

    private readonly ConcurrentDictionary<SyntaxTree, TextSpan[]> _attributedFunctions = new();

    private PolicyCompilation(Compilation compilation, PolicySymbols symbols, CatalogLoad load, ProjectSettings settings)
    {
        Symbols = symbols;
        Load = load;
        Catalog = load.Catalog.Catalog;
        Suggestions = Suggestions.For(Catalog);
        var contexts = Contexts = new ContextResolver(compilation, symbols, load.Options);
        Configuration = ConfigurationReads.Create(compilation, settings);
        var sinks = new ModelIdSinks(compilation, symbols.ModelId, load.Options.ExtraSinks, assignment => RunTimeEnforcement.Of(assignment, symbols, contexts));
        Detector = new ModelUseDetector(symbols, sinks, Configuration);
        Calls = new CallGraph(compilation, Detector);
    }

    public PolicySymbols Symbols { get; }

    /// <summary>The compilation's catalog with what locates its problems.</summary>
    public CatalogLoad Load { get; }

    public ModelCatalog Catalog { get; }

    /// <summary>The catalog entry a use's model is: an id by its name, a model file or folder by the model it holds.</summary>
    public CatalogEntry? Find(ModelUse use) =>
        use.Model is not { } model ? null : Find(model, use.Target);

    /// <summary>The catalog entry <paramref name="model"/> is at <paramref name="sink"/>: by its file or folder at a path sink, else by its name.</summary>
    public CatalogEntry? Find(string model, Sink? sink) =>
        sink?.Value == SinkValue.Path ? Catalog.FindLocal(model) : Catalog.Find(model);

    /// <summary>What a use of <paramref name="entry"/> is judged as: a model named by its file or folder runs where the code runs, on the device.</summary>
    public static ModelDescriptor Judged(ModelUse use, CatalogEntry entry) =>
        use.IsLocalPath ? entry.Model.RunningLocally() : entry.Model;

    public Suggestions Suggestions { get; }

    /// <summary>
    /// The requirements enforced at run time on the request a use sends its id with: at <paramref name="at"/> (an
    /// assignment to request options' model), or where the wrapper the use goes through sets it; null when none is.
    /// </summary>
    public ModelRequirements? EnforcedAtRunTime(ModelUse use, IOperation at) =>
        use.Target is { IsWrapper: true } wrapper ? wrapper.EnforcedAtRunTime : RunTimeEnforcement.Of(at, Symbols, Contexts);

    public ContextResolver Contexts { get; }

    /// <summary>The configuration reads of the compilation, against its settings files; null without Microsoft.Extensions.Configuration.</summary>
    public ConfigurationReads? Configuration { get; }

    public ModelUseDetector Detector { get; }

    public CallGraph Calls { get; }

#pragma warning disable RS1012 // Reads the context only; the calling analyzer registers its own actions.
    public static PolicyCompilation? Create(CompilationStartAnalysisContext context) =>
#pragma warning restore RS1012
        PolicySymbols.TryCreate(context.Compilation) is { } symbols
            ? PerCompilation.Get(
                context.Compilation,
                (context, symbols),
                static (kept, wanted) => ReferenceEquals(kept.Options, wanted.context.Options),
                static (compilation, wanted) => new For(wanted.context.Options, new PolicyCompilation(
                    compilation, wanted.symbols, CatalogLoader.Load(wanted.context, wanted.symbols), ProjectSettings.From(wanted.context.Options, wanted.context.CancellationToken)))).Policy
            : null;

    private sealed record For(AnalyzerOptions Options, PolicyCompilation Policy);

    /// <summary>
    /// The same facts for a code fix, from a workspace project's compilation, global options and additional files;
    /// null when the compilation does not reference ModelPolicies.
    /// </summary>
    public static PolicyCompilation? Create(
        Compilation compilation,
        AnalyzerConfigOptions globalOptions,
        IEnumerable<(string Path, SourceText? Text)> additionalFiles,
        CancellationToken cancellationToken,
        ProjectSettings? settings = null) =>
        PolicySymbols.TryCreate(compilation) is { } symbols
            ? new PolicyCompilation(compilation, symbols, CatalogLoader.Load(compilation, symbols, globalOptions, additionalFiles, cancellationToken), settings ?? ProjectSettings.Empty)
            : null;

    /// <summary>
    /// The same facts over a catalog already loaded for a compilation this one extends: the inventory's, which adds the
    /// generated clients to the compilation it was given and does not load the catalog twice.
    /// </summary>
    public static PolicyCompilation? Create(Compilation compilation, CatalogLoad load) =>
        PolicySymbols.TryCreate(compilation) is { } symbols ? new PolicyCompilation(compilation, symbols, load, ProjectSettings.Empty) : null;

    /// <summary>", such as 'phi-4-mini'" naming the best compliant stand-in for <paramref name="replacing"/>, or "".</summary>
    public string Suggestion(ModelRequirements requirements, ModelDescriptor? replacing) =>
        PolicyMessages.Suggestion(Suggestions.Best(requirements, replacing));

    /// <summary>
    /// True when a local function or lambda inside <paramref name="blocks"/> is written with attributes, so it may be a
    /// context of its own. Each tree is searched once per compilation.
    /// </summary>
    public bool ContainsAttributedFunction(ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
    {
        // Called for every code block of the compilation: no LINQ, and a lookup before GetOrAdd, so nothing is allocated.
        foreach (var block in blocks)
        {
            var tree = block.Syntax.SyntaxTree;
            if (!_attributedFunctions.TryGetValue(tree, out var spans))
            {
                spans = _attributedFunctions.GetOrAdd(tree, ContextResolver.AttributedFunctionSpans(tree, cancellationToken));
            }

            foreach (var span in spans)
            {
                if (block.Syntax.Span.Contains(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when some catalog model meets every requirement.</summary>
    public bool IsSatisfiable(ModelRequirements requirements) =>
        requirements.IsEmpty || Suggestions.AnySatisfies(requirements);

    /// <summary>How to name a place in messages: the member, local function or lambda the code is in.</summary>
    public static string SiteName(ISymbol? symbol) => symbol switch
    {
        null => "code",
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda => $"lambda in {SiteName(lambda.ContainingSymbol)}",
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name,
        IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
        IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } => "top-level statements",
        _ => symbol.Name,
    };
}
