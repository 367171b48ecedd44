using System.Collections.Immutable;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// MP0005: a context whose combined requirements no catalog model meets. Reported on the attribute where the
/// requirements become unsatisfiable, not again on everything nested inside.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsatisfiableContextAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnsatisfiableContext);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (PolicyCompilation.Create(start) is not { } policy)
            {
                return;
            }

            if (Analyze(start.Compilation.Assembly, policy, start.CancellationToken) is { } assembly)
            {
                PrecomputedDiagnostics.ReportInFiles(start, ImmutableArray.Create(assembly));
            }

            start.RegisterSymbolAction(
                c => Report(Analyze(c.Symbol, policy, c.CancellationToken), c.ReportDiagnostic),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Event);

            // Only a local function or lambda with attributes can have requirements of its own. A syntax action on
            // attribute lists finds those without operation trees, and is called far less often than one on every
            // lambda (LINQ-heavy code has many).
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    if (ContextResolver.FunctionOfFirstAttributeList(c.Node, c.SemanticModel, c.CancellationToken) is { } function)
                    {
                        Report(Analyze(function, policy, c.CancellationToken), c.ReportDiagnostic);
                    }
                },
                SyntaxKind.AttributeList);
        });
    }

    private static void Report(Diagnostic? diagnostic, System.Action<Diagnostic> report)
    {
        if (diagnostic is not null)
        {
            report(diagnostic);
        }
    }

    private static Diagnostic? Analyze(ISymbol symbol, PolicyCompilation policy, System.Threading.CancellationToken cancellationToken)
    {
        if (policy.Contexts.OwnRequirements(symbol, out _).IsEmpty)
        {
            return null;
        }

        var requirements = policy.Contexts.ForSymbol(symbol).Requirements;
        if (policy.IsSatisfiable(requirements) || !policy.IsSatisfiable(policy.Contexts.ForParentOf(symbol).Requirements))
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if ((SymbolEqualityComparer.Default.Equals(type, policy.Symbols.Edge)
                    || SymbolEqualityComparer.Default.Equals(type, policy.Symbols.LowLatency)
                    || SymbolEqualityComparer.Default.Equals(type, policy.Symbols.Multimodal))
                && attribute.ApplicationSyntaxReference is { } syntax)
            {
                var name = symbol is IAssemblySymbol ? "the assembly" : PolicyCompilation.SiteName(symbol);
                return Diagnostic.Create(Descriptors.UnsatisfiableContext, syntax.GetSyntax(cancellationToken).GetLocation(), name, PolicyContext.Describe(requirements));
            }
        }

        return null;
    }
}
