using System;
using System.Collections.Immutable;
using System.Threading;
using ModelPolicies.Analyzers.Contexts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// MP0009: an exemption from a model policy — <c>[AllowModel]</c>, or <c>[SuppressMessage]</c> of an MP rule —
/// without a justification. A justification that is blank or still starts with "TODO" counts as missing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JustificationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The placeholder the code fixes write; it still asks to be filled in.</summary>
    internal const string Placeholder = "TODO: say why this model is acceptable here";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingJustification);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (PolicySymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var suppressMessage = start.Compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.SuppressMessageAttribute");
            var assemblyProblems = ImmutableArray.CreateBuilder<Diagnostic>();
            Analyze(start.Compilation.Assembly, symbols, suppressMessage, assemblyProblems.Add, start.CancellationToken);
            Analyze(start.Compilation.SourceModule, symbols, suppressMessage, assemblyProblems.Add, start.CancellationToken);
            PrecomputedDiagnostics.ReportInFiles(start, assemblyProblems.ToImmutable());

            start.RegisterSymbolAction(
                c => Analyze(c.Symbol, symbols, suppressMessage, c.ReportDiagnostic, c.CancellationToken),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Event,
                SymbolKind.Field);

            // Local functions and lambdas: only those written with attributes can carry one. A syntax action on
            // attribute lists finds them without operation trees, and is called far less often than one on every lambda.
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    if (ContextResolver.FunctionOfFirstAttributeList(c.Node, c.SemanticModel, c.CancellationToken) is { } function)
                    {
                        Analyze(function, symbols, suppressMessage, c.ReportDiagnostic, c.CancellationToken);
                    }
                },
                SyntaxKind.AttributeList);
        });
    }

    private static void Analyze(ISymbol symbol, PolicySymbols symbols, INamedTypeSymbol? suppressMessage, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference is not { } syntax || IsJustified(attribute))
            {
                continue;
            }

            string? shown = null;
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.AllowModel))
            {
                shown = $"[AllowModel(\"{PolicySymbols.SingleArgument(attribute)}\")]";
            }
            else if (suppressMessage is not null
                && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, suppressMessage)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string category
                && attribute.ConstructorArguments[1].Value is string checkId
                && (category == RuleIds.Category || checkId.StartsWith("MP0", StringComparison.Ordinal)))
            {
                shown = $"[SuppressMessage(\"{category}\", \"{checkId}\")]";
            }

            if (shown is not null)
            {
                report(Diagnostic.Create(Descriptors.MissingJustification, syntax.GetSyntax(cancellationToken).GetLocation(), shown, "say why in Justification = \"…\""));
            }
        }
    }

    private static bool IsJustified(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Justification")
            {
                return argument.Value.Value is string text
                    && !string.IsNullOrWhiteSpace(text)
                    && !text.TrimStart().StartsWith("TODO", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
