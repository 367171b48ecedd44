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

        // Each problem is reported by the action that owns its location: a catalog file, a source file
        // (assembly attributes), or the compilation (options).
        context.RegisterAdditionalFileAction(c =>
        {
            foreach (var problem in problems)
            {
                if (problem.Location.Kind == LocationKind.ExternalFile && problem.Location.GetLineSpan().Path == c.AdditionalFile.Path)
                {
                    c.ReportDiagnostic(problem);
                }
            }
        });
        context.RegisterSyntaxTreeAction(c =>
        {
            foreach (var problem in problems)
            {
                if (problem.Location.SourceTree == c.Tree)
                {
                    c.ReportDiagnostic(problem);
                }
            }
        });
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
