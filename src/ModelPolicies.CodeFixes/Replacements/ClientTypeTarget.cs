using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// The type names a fix rewrites to switch a use to another typed client: the client named in the expression
/// (and the declared type of the variable it initializes), or an injected parameter's type and the fields and
/// properties it is stored in. A switch is offered only when the code still compiles after it.
/// </summary>
internal sealed class ClientTypeTarget
{
    private readonly PolicyFacts _facts;
    private readonly ModelSite _site;
    private readonly INamedTypeSymbol _replaced;
    private readonly ImmutableArray<(Document Document, SyntaxNode Type)> _types;

    // Where a switch could break the build: the edited documents, and every part of the type that stores the client.
    private readonly ImmutableArray<DocumentId> _checked;

    // The replaced type's shape, taken at the first candidate that has a client type: most candidates have none.
    private ClientShape? _replacedShape;

    private ClientTypeTarget(PolicyFacts facts, ModelSite site, INamedTypeSymbol replaced, ImmutableArray<(Document, SyntaxNode)> types, ImmutableArray<DocumentId> @checked)
    {
        _facts = facts;
        _site = site;
        _replaced = replaced;
        _types = types;
        _checked = @checked;
    }

    public static async Task<ClientTypeTarget?> CreateAsync(ModelSite site, PolicyFacts facts, CancellationToken cancellationToken)
    {
        var types = new List<(Document, SyntaxNode)>();
        var solution = site.Document.Project.Solution;
        var model = site.SemanticModel;
        INamedTypeSymbol? container;
        INamedTypeSymbol? replaced = null;

        if (site.Kind == ModelSiteKind.InjectedClient)
        {
            if (site.Node is not ParameterSyntax { Type: { } parameterType } || site.Parameter is not { Type: INamedTypeSymbol injected } parameter)
            {
                return null;
            }

            container = parameter.ContainingType;
            replaced = injected;
            types.Add((site.Document, parameterType));
            await AddStoresAsync(site, parameter, types, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            container = model.GetEnclosingSymbol(site.Node.SpanStart, cancellationToken)?.ContainingType;
            foreach (var name in site.Node.DescendantNodesAndSelf().OfType<NameSyntax>())
            {
                if (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name || name.Parent is AliasQualifiedNameSyntax)
                {
                    continue; // the whole qualified name is the one rewritten
                }

                if (model.GetSymbolInfo(name, cancellationToken).Symbol is INamedTypeSymbol named && IsClient(named, site, facts))
                {
                    replaced ??= named;
                    types.Add((site.Document, WholeName(name)));
                }
            }

            // 'Gpt4oClient client = new Gpt4oClient();': the declared type goes with the construction.
            if (site.Node is BaseObjectCreationExpressionSyntax
                && site.Node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: { IsVar: false } declared } } }
                && IsClient(model.GetSymbolInfo(declared, cancellationToken).Symbol as ITypeSymbol, site, facts))
            {
                types.Add((site.Document, declared));
            }
        }

        if (types.Count == 0 || replaced is null)
        {
            return null;
        }

        var @checked = types.Select(t => t.Item1.Id).ToList();
        if (container is not null)
        {
            foreach (var part in container.DeclaringSyntaxReferences)
            {
                if (solution.GetDocument(part.SyntaxTree) is { } document)
                {
                    @checked.Add(document.Id);
                }
            }
        }

        return new ClientTypeTarget(facts, site, replaced, types.ToImmutableArray(), @checked.Distinct().ToImmutableArray());
    }

    /// <summary>
    /// The replacements that switch to <paramref name="candidate"/>'s client types after which the code still
    /// compiles, at most <paramref name="max"/>, best first: the closest in shape to the replaced type
    /// (<see cref="ClientShape"/>), then the project's own before a referenced library's, then by namespace and
    /// name. Empty when none compiles.
    /// </summary>
    public async Task<ImmutableArray<Replacement>> PlansForAsync(CatalogEntry candidate, int max, CancellationToken cancellationToken)
    {
        var model = _site.SemanticModel;
        var position = _site.Node.SpanStart;
        var clients = _facts.ClientsFor(candidate).Where(client => model.IsAccessible(position, client)).ToList();
        if (clients.Count == 0)
        {
            return ImmutableArray<Replacement>.Empty;
        }

        // Shapes decide only between several client types of one model, the uncommon case.
        IEnumerable<INamedTypeSymbol> ordered = clients;
        if (clients.Count > 1)
        {
            var replaced = _replacedShape ??= ClientShape.Of(_replaced, model, position);
            ordered = clients.OrderBy(client => replaced.DistanceTo(ClientShape.Of(client, model, position))); // stable: ClientTypes' order on a tie
        }

        var found = ImmutableArray.CreateBuilder<Replacement>();
        foreach (var client in ordered)
        {
            if (found.Count == max)
            {
                break;
            }

            if (await PlanForAsync(client, cancellationToken).ConfigureAwait(false) is { } plan)
            {
                found.Add(new Replacement(candidate, plan, client, client.ToMinimalDisplayString(model, position)));
            }
        }

        return found.ToImmutable();
    }

    // The switch to one client type, or null when the code would not compile after it.
    private async Task<FixPlan?> PlanForAsync(INamedTypeSymbol client, CancellationToken cancellationToken)
    {
        var qualified = client.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var plan = new FixPlan(_types
            .Select(t => new PlannedEdit(t.Document, t.Type, EditKind.Replace, "client:" + qualified, (current, _) => TypeName(qualified, current)))
            .ToImmutableArray());

        var before = _site.Document.Project.Solution;
        Solution after;
        try
        {
            after = await plan.ApplyAsync(before, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidCastException or ArgumentException or InvalidOperationException)
        {
            // A type name in a place that cannot hold another (half-typed code): this candidate cannot be written here.
            return null;
        }

        return await CompilesAsync(before, after, _checked, cancellationToken).ConfigureAwait(false) ? plan : null;
    }

    // Written in full and simplified by the code action's clean-up as far as the file's usings allow; parsed as an
    // expression where the old name was one ('Gpt4oClient.ModelId'), so the tree is what the compiler would build.
    private static SyntaxNode TypeName(string qualified, SyntaxNode replaced)
    {
        SyntaxNode name = replaced is ExpressionSyntax expression && !SyntaxFacts.IsInTypeOnlyContext(expression)
            ? SyntaxFactory.ParseExpression(qualified)
            : SyntaxFactory.ParseTypeName(qualified);
        return name.WithAdditionalAnnotations(Simplifier.Annotation).WithTriviaFrom(replaced);
    }

    // In an expression, 'Contoso.Models.Gpt4oClient' is a chain of member accesses ending in the type's name: the
    // whole chain is what names the type.
    private static SyntaxNode WholeName(NameSyntax name)
    {
        SyntaxNode whole = name;
        while (whole.Parent is MemberAccessExpressionSyntax access && access.Name == whole)
        {
            whole = access;
        }

        return whole;
    }

    private static bool IsClient(ITypeSymbol? type, ModelSite site, PolicyFacts facts) =>
        type is not null && ModelSite.IsSameModel(facts.Policy.Detector.ClientModel(type), site.UsedName, site.Entry, facts);

    // Fields and properties of the type that the injected parameter is stored in, typed as the same client.
    private static async Task AddStoresAsync(ModelSite site, IParameterSymbol parameter, List<(Document, SyntaxNode)> types, CancellationToken cancellationToken)
    {
        var model = site.SemanticModel;
        var scope = site.Node.Parent?.Parent; // parameter list, then the constructor or the type with a primary constructor
        if (scope is null)
        {
            return;
        }

        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != parameter.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, parameter))
            {
                continue;
            }

            SyntaxNode value = name;
            while (value.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax
                || (value.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && coalesce.Left == value))
            {
                value = value.Parent;
            }

            var stored = value.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: var type } } } => type,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { Type: var type } } => type,
                AssignmentExpressionSyntax assignment when assignment.Right == value => DeclaredType(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, parameter.ContainingType, cancellationToken),
                _ => null,
            };
            if (stored is not null
                && site.Document.Project.Solution.GetDocument(stored.SyntaxTree) is { } document
                && SymbolEqualityComparer.Default.Equals(await StoredTypeOfAsync(stored, document, cancellationToken).ConfigureAwait(false), parameter.Type))
            {
                types.Add((document, stored));
            }
        }
    }

    // The declared type syntax of a field or property of the same type, when declared alone.
    private static TypeSyntax? DeclaredType(ISymbol? member, INamedTypeSymbol owner, CancellationToken cancellationToken)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) || !SymbolEqualityComparer.Default.Equals(member.ContainingType, owner))
        {
            return null;
        }

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: var type } }:
                    return type;
                case PropertyDeclarationSyntax { Type: var type }:
                    return type;
            }
        }

        return null;
    }

    private static async Task<ITypeSymbol?> StoredTypeOfAsync(TypeSyntax type, Document document, CancellationToken cancellationToken) =>
        await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is { } model
            ? model.GetTypeInfo(type, cancellationToken).Type
            : null;

    private static async Task<bool> CompilesAsync(Solution before, Solution after, ImmutableArray<DocumentId> documents, CancellationToken cancellationToken)
    {
        foreach (var id in documents)
        {
            if (await ErrorsAsync(before.GetDocument(id), cancellationToken).ConfigureAwait(false) < await ErrorsAsync(after.GetDocument(id), cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<int> ErrorsAsync(Document? document, CancellationToken cancellationToken)
    {
        if (document is null || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return 0;
        }

        return model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
    }
}
