using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace ModelPolicies.CodeFixes;

/// <summary>
/// MP0004 on <c>[assembly: ModelCatalogEntry(…)]</c>: declare the class the entry's size and inputs imply. An entry
/// in a JSON catalog file is reported only: the file is not source code, and which half of a contradiction is the
/// mistake (the class, or the size or inputs) is for its author to decide.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CatalogClassFixer)), Shared]
public sealed class CatalogClassFixer : CodeFixProvider
{
    internal const string Key = "ModelPolicies.FixCatalogClass";

    private const string ClassParameter = "modelClass";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CatalogClassContradiction);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root
            || await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) is not { } model)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ImpliedClass, out var implied) || implied is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AttributeSyntax attribute
                || ClassArgument(attribute) is not { } argument
                || model.GetTypeInfo(argument.Expression, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } classType
                || classType.ToDisplayString() != "ModelPolicies.ModelClass"
                || classType.GetMembers(implied).OfType<IFieldSymbol>().FirstOrDefault() is not { HasConstantValue: true })
            {
                continue;
            }

            var generator = SyntaxGenerator.GetGenerator(document);
            var replacement = Replacement(argument.Expression, implied, classType, model, generator, context.CancellationToken);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Declare the catalog class ModelClass.{implied}",
                    _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, replacement.WithTriviaFrom(argument.Expression)))),
                    Key),
                diagnostic);
        }
    }

    // The second positional argument, or the one named 'modelClass:'.
    private static AttributeArgumentSyntax? ClassArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        var named = list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == ClassParameter);
        if (named is not null)
        {
            return named;
        }

        var positional = list.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        return positional.Count >= 2 ? positional[1] : null;
    }

    // Keeps the way the class was written ('ModelClass.Slm', 'ModelPolicies.ModelClass.Slm', 'Slm' under a using
    // static); anything else becomes 'ModelClass.X'.
    private static ExpressionSyntax Replacement(
        ExpressionSyntax written, string implied, INamedTypeSymbol classType, SemanticModel model, SyntaxGenerator generator, System.Threading.CancellationToken cancellationToken)
    {
        bool IsClassMember(ExpressionSyntax expression) =>
            model.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.ContainingType, classType);

        return written switch
        {
            MemberAccessExpressionSyntax access when IsClassMember(access) => access.WithName(SyntaxFactory.IdentifierName(implied)),
            IdentifierNameSyntax identifier when IsClassMember(identifier) => SyntaxFactory.IdentifierName(implied),
            _ => ((ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(classType, addImport: true), implied))
                .WithAdditionalAnnotations(Simplifier.Annotation),
        };
    }
}
