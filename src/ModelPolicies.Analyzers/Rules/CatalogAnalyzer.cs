using System.Collections.Immutable;
using ModelPolicies.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// Reports what is wrong with the catalog itself: malformed files and entries (MP0008), entries whose class
/// contradicts their size or inputs (MP0004), invalid options (MP0011) and models whose typed clients would
/// get the same name (MP0012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MalformedCatalog,
        Descriptors.CatalogClassContradiction,
        Descriptors.InvalidOption,
        Descriptors.ClientNameCollision);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (PolicySymbols.TryCreate(context.Compilation) is not { } symbols)
        {
            return;
        }

        var load = CatalogLoader.Load(context, symbols);
        if (load.Catalog.Problems.IsEmpty && load.Options.Problems.IsEmpty)
        {
            return;
        }

        // Catalog files and assembly attributes own their problems; options have no location but the compilation.
        var located = ImmutableArray.CreateBuilder<Diagnostic>(load.Catalog.Problems.Length);
        foreach (var problem in load.Catalog.Problems)
        {
            located.Add(Diagnose(problem, load.LocationOf(problem.Origin, context.CancellationToken)));
        }

        PrecomputedDiagnostics.ReportInFiles(context, located.MoveToImmutable());
        if (!load.Options.Problems.IsEmpty)
        {
            context.RegisterCompilationEndAction(c =>
            {
                foreach (var problem in load.Options.Problems)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, Location.None, problem.Key, problem.Value, problem.Reason, problem.Outcome));
                }
            });
        }
    }

    /// <summary>The diagnostic of a catalog problem, at <paramref name="location"/>.</summary>
    internal static Diagnostic Diagnose(CatalogProblem problem, Location location)
    {
        var arguments = problem.Arguments;
        switch (problem.Kind)
        {
            case CatalogProblemKind.ClassContradiction:
                var implied = ModelVocabulary.ParseClass(arguments[3])!.Value;
                return Diagnostic.Create(
                    Descriptors.CatalogClassContradiction,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ImpliedClass, implied.ToString()),
                    arguments[0],
                    arguments[1],
                    arguments[2],
                    arguments[3]);
            case CatalogProblemKind.ClientNameCollision:
                return Diagnostic.Create(Descriptors.ClientNameCollision, location, arguments[0], arguments[1], arguments[2], arguments[3]);
            default:
                return Diagnostic.Create(Descriptors.MalformedCatalog, location, arguments[0]);
        }
    }
}
