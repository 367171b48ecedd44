using System.Collections.Immutable;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Catalog;

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

        var problems = CatalogLoader.Load(context, symbols).Problems;
        if (problems.IsEmpty)
        {
            return;
        }

        // Catalog files and assembly attributes own their problems; options have no location but the compilation.
        PrecomputedDiagnostics.ReportInFiles(context, problems);
        context.RegisterCompilationEndAction(c =>
        {
            foreach (var problem in problems)
            {
                if (problem.Location == Location.None)
                {
                    c.ReportDiagnostic(problem);
                }
            }
        });
    }
}
