using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// Reports diagnostics found once at compilation start from the action that owns each one's location — a source
/// file or a catalog file — so the IDE shows them on that file, live.
/// </summary>
internal static class PrecomputedDiagnostics
{
#pragma warning disable RS1012 // Registers the file actions of the calling analyzer.
    public static void ReportInFiles(CompilationStartAnalysisContext context, ImmutableArray<Diagnostic> diagnostics)
#pragma warning restore RS1012
    {
        if (diagnostics.IsEmpty)
        {
            return;
        }

        context.RegisterSyntaxTreeAction(c =>
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Location.SourceTree == c.Tree)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            }
        });
        context.RegisterAdditionalFileAction(c =>
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Location.Kind == LocationKind.ExternalFile && diagnostic.Location.GetLineSpan().Path == c.AdditionalFile.Path)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
