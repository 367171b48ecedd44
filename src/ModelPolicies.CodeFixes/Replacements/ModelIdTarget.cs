using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// Where a fix writes a new model id for a use at a sink. Where the id is declared once for several uses — a
/// <c>const</c>, or a local or readonly field whose value is written elsewhere — the declaration is changed,
/// but only when the new model complies at every use of it; otherwise the id is replaced at this use alone.
/// </summary>
internal sealed class ModelIdTarget
{
    private readonly PolicyFacts _facts;
    private readonly Document _useDocument;
    private readonly SyntaxNode _use;
    private readonly Document? _declarationDocument;
    private readonly SyntaxNode? _declaration;

    // The contexts of every use of the declaration; default when some use cannot be judged.
    private readonly ImmutableArray<PolicyContext> _declarationUses;

    private ModelIdTarget(PolicyFacts facts, Document useDocument, SyntaxNode use, Document? declarationDocument, SyntaxNode? declaration, ImmutableArray<PolicyContext> declarationUses)
    {
        _facts = facts;
        _useDocument = useDocument;
        _use = use;
        _declarationDocument = declarationDocument;
        _declaration = declaration;
        _declarationUses = declarationUses;
    }

    public static async Task<ModelIdTarget?> CreateAsync(ModelSite site, PolicyFacts facts, CancellationToken cancellationToken)
    {
        var solution = site.Document.Project.Solution;
        var useDocument = site.Document;
        var use = site.Node;
        var valueDocument = site.Document;
        var valueModel = site.SemanticModel;
        var value = site.Node;
        ISymbol? variable = null;

        if (site.Origin is { SourceTree: { } originTree } origin)
        {
            if (solution.GetDocument(originTree) is not { } originDocument
                || await originDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } originRoot
                || await originDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } originModel)
            {
                return null;
            }

            valueDocument = originDocument;
            valueModel = originModel;
            value = originRoot.FindNode(origin.SourceSpan, getInnermostNodeForTie: true);
            variable = VariableWritten(originModel, value, cancellationToken);
            if (variable is null)
            {
                // Written at the sink itself (a '??' fallback, a conditional arm): replaced where it is.
                useDocument = originDocument;
                use = value;
            }
        }

        Document? declarationDocument = null;
        SyntaxNode? declaration = null;
        ISymbol? declared = null;
        if (ConstantDeclaration(valueModel, value, cancellationToken) is { } constant)
        {
            declared = constant.Symbol;
            declaration = constant.Literal;
            declarationDocument = solution.GetDocument(constant.Literal.SyntaxTree);
        }
        else if (variable is not null && IsStringLiteral(value))
        {
            declared = variable;
            declaration = value;
            declarationDocument = valueDocument;
        }

        var uses = default(ImmutableArray<PolicyContext>);
        if (declared is not null && declarationDocument is not null)
        {
            uses = await ContextsOfUsesAsync(declared, solution, site.Context, cancellationToken).ConfigureAwait(false);
        }

        return new ModelIdTarget(facts, useDocument, use, declarationDocument, declaration, uses);
    }

    /// <summary>The edit that makes this use name <paramref name="candidate"/>.</summary>
    public FixPlan PlanFor(CatalogEntry candidate)
    {
        var changeDeclaration = _declaration is not null && _declarationDocument is not null && !_declarationUses.IsDefault
            && _declarationUses.All(context => _facts.Complies(candidate, context));
        var (document, node) = changeDeclaration ? (_declarationDocument!, _declaration!) : (_useDocument, _use);
        var id = candidate.Id;
        return new FixPlan(ImmutableArray.Create(new PlannedEdit(
            document,
            node,
            EditKind.Replace,
            "model-id:" + id,
            (current, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(current))));
    }

    private static bool IsStringLiteral(SyntaxNode node) => node.IsKind(SyntaxKind.StringLiteralExpression);

    // A const whose value is a plain string literal in source: the literal is what changes.
    private static (ISymbol Symbol, LiteralExpressionSyntax Literal)? ConstantDeclaration(SemanticModel model, SyntaxNode value, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
        if (symbol is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }))
        {
            return null;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } && IsStringLiteral(literal))
            {
                return (symbol, literal);
            }
        }

        return null;
    }

    // The local or field whose initializer or assignment wrote this value (through conditionals and '??'), or null.
    private static ISymbol? VariableWritten(SemanticModel model, SyntaxNode value, CancellationToken cancellationToken)
    {
        var current = value;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
            || (current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
            || (current.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && coalesce.Right == current))
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellationToken),
            AssignmentExpressionSyntax assignment when assignment.Right == current => model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol,
            _ => null,
        } is { } symbol and (ILocalSymbol or IFieldSymbol) ? symbol : null;
    }

    // Every place that reads the declaration, by its context. A read that feeds another constant, a field, a
    // property or an attribute spreads the value beyond what can be judged here: default.
    private static async Task<ImmutableArray<PolicyContext>> ContextsOfUsesAsync(ISymbol symbol, Solution solution, PolicyContext site, CancellationToken cancellationToken)
    {
        var contexts = new List<PolicyContext> { site };
        foreach (var referenced in await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in referenced.Locations)
            {
                if (!location.Location.IsInSource || location.IsImplicit)
                {
                    continue;
                }

                var document = location.Document;
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                    || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
                {
                    return default;
                }

                var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null || FeedsStoredValue(node))
                {
                    return default;
                }

                if (await PolicyFacts.ForProjectAsync(document.Project, cancellationToken).ConfigureAwait(false) is { } facts)
                {
                    contexts.Add(facts.ContextAt(model, node, cancellationToken));
                }
            }
        }

        return contexts.ToImmutableArray();
    }

    private static bool FeedsStoredValue(SyntaxNode node)
    {
        var current = node;
        while (current.Parent is ExpressionSyntax or InterpolationSyntax or InterpolatedStringContentSyntax)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or ParameterSyntax } => true,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var holder } } } =>
                holder is FieldDeclarationSyntax or EventFieldDeclarationSyntax
                || (holder is LocalDeclarationStatementSyntax local && local.IsConst),
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
            _ => false,
        };
    }
}
