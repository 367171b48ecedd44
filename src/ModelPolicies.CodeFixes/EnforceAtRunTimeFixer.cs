using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace ModelPolicies.CodeFixes;

/// <summary>
/// MP0007: where the id only the deployment knows goes to an <c>IChatClient</c> the class is given in its constructor,
/// inject <c>ModelPolicyChatClient&lt;ThatClass&gt;</c> instead (docs/runtime.md): every request is then checked at run
/// time against the class's context, and the id is no longer unverifiable. Offered only where the class's context
/// covers the site's; the app registers the client with <c>services.AddModelPolicies()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnforceAtRunTimeFixer)), Shared]
public sealed class EnforceAtRunTimeFixer : CodeFixProvider
{
    internal const string Key = "ModelPolicies.EnforceAtRunTime";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnverifiableModelId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root
            || await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) is not { } model
            || await PolicyFacts.ForProjectAsync(document.Project, context.CancellationToken).ConfigureAwait(false) is not { } facts
            || facts.Policy.Symbols.ModelPolicyChatClient is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Plan(model, node, facts, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Enforce at run time: inject ModelPolicyChatClient<{plan.Class.Name}>",
                    cancellationToken => ApplyAsync(document, plan, cancellationToken),
                    Key),
                diagnostic);
        }
    }

    // The class whose injected chat client the request goes to, and the types to change: every client the options go
    // to must be that class's IChatClient, given in its constructor (directly, or stored in a field of that type).
    private static EnforcementPlan? Plan(SemanticModel model, SyntaxNode node, PolicyFacts facts, CancellationToken cancellationToken)
    {
        var sink = model.GetOperation(node, cancellationToken);
        while (sink is not null and not ISimpleAssignmentOperation)
        {
            sink = sink.Parent;
        }

        var chatClient = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.IChatClient");
        if (sink is null || chatClient is null)
        {
            return null;
        }

        INamedTypeSymbol? owner = null;
        var types = new List<TypeSyntax>();
        foreach (var client in RunTimeEnforcement.ClientsOf(sink))
        {
            ISymbol? symbol = client switch
            {
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
                _ => null,
            };
            var type = symbol switch
            {
                IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } => constructor.ContainingType,
                IFieldSymbol field => field.ContainingType,
                _ => null,
            };
            if (type is null || (owner is not null && !SymbolEqualityComparer.Default.Equals(owner, type))
                || !SymbolEqualityComparer.Default.Equals(symbol is IParameterSymbol p ? p.Type : ((IFieldSymbol)symbol!).Type, chatClient)
                || TypeSyntaxOf(symbol!, cancellationToken) is not { } declared)
            {
                return null;
            }

            owner = type;
            types.Add(declared);
            if (symbol is IFieldSymbol stored)
            {
                // The constructor parameter the field is set from changes with it.
                var parameters = StoredFrom(stored, model, cancellationToken).ToList();
                if (parameters.Count == 0)
                {
                    return null;
                }

                types.AddRange(parameters);
            }
        }

        if (owner is null
            || !facts.Policy.Contexts.ForSymbol(owner).Requirements.Covers(facts.ContextAt(model, node, cancellationToken).Requirements)
            || types.Any(t => t.SyntaxTree != node.SyntaxTree))
        {
            return null;
        }

        return new EnforcementPlan(owner, types.Distinct().ToImmutableArray());
    }

    private static TypeSyntax? TypeSyntaxOf(ISymbol symbol, CancellationToken cancellationToken) =>
        symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) switch
        {
            ParameterSyntax { Type: { } type } => type,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: var type } } => type,
            _ => null,
        };

    // The constructor parameters a field is set from: its initializer (a primary constructor's parameter) and the
    // assignments in a constructor's body. A primary constructor's syntax is the whole type, so a parameter must be a
    // constructor's, not a method's that happens to assign the field.
    private static IEnumerable<TypeSyntax> StoredFrom(IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        var values = field.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<VariableDeclaratorSyntax>()
            .Select(declarator => declarator.Initializer?.Value)
            .Concat(field.ContainingType.InstanceConstructors
                .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
                .SelectMany(reference => reference.GetSyntax(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>())
                .Where(assignment => assignment.SyntaxTree == model.SyntaxTree
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, field))
                .Select(assignment => assignment.Right));
        foreach (var value in values)
        {
            if (value is not null && value.SyntaxTree == model.SyntaxTree
                && model.GetSymbolInfo(value, cancellationToken).Symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } parameter
                && TypeSyntaxOf(parameter, cancellationToken) is { } type)
            {
                yield return type;
            }
        }
    }

    private static async Task<Document> ApplyAsync(Document document, EnforcementPlan plan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var enforced = SyntaxFactory.ParseTypeName(
                $"global::ModelPolicies.ModelPolicyChatClient<{plan.Class.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}>")
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var changed = root!.ReplaceNodes(plan.Types, (old, _) => enforced.WithTriviaFrom(old));
        return document.WithSyntaxRoot(changed);
    }

    // The class to enforce at run time, and the type names to change to its enforced client.
    private sealed record EnforcementPlan(INamedTypeSymbol Class, ImmutableArray<TypeSyntax> Types);
}
