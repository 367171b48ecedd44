using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes;

/// <summary>
/// MP0001–MP0003, MP0006 and MP0010: allow this model here — <c>[AllowModel("id", Justification = "TODO: …")]</c>
/// on the nearest member, type, local function or lambda, with <c>using ModelPolicies;</c> added when needed. The
/// placeholder justification is itself reported (MP0009) until someone writes the reason.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AllowModelFixer)), Shared]
public sealed class AllowModelFixer : CodeFixProvider, IPlanningFixer
{
    internal const string Key = "ModelPolicies.AllowModel";

    private const string ShortName = "AllowModel";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.EdgeModel, RuleIds.LowLatencyModel, RuleIds.MultimodalModel, RuleIds.UnknownModel, RuleIds.TransitiveModelUse);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => PlanningFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } fix)
            {
                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create($"Allow '{fix.Model}' here", cancellationToken => fix.Plan.ApplyAsync(solution, cancellationToken), Key),
                    diagnostic);
            }
        }
    }

    async Task<FixPlan?> IPlanningFixer.PlanAsync(Document document, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        if (equivalenceKey is not (null or Key))
        {
            return null;
        }

        return await PlanAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } fix ? fix.Plan : null;
    }

    private static async Task<(string Model, FixPlan Plan)?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var model = diagnostic.Properties.TryGetValue(DiagnosticProperties.ModelId, out var id) && id is not null ? id
            : diagnostic.Properties.TryGetValue(DiagnosticProperties.UsedName, out var used) ? used : null;
        if (string.IsNullOrWhiteSpace(model)
            || !diagnostic.Location.IsInSource
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || diagnostic.Location.SourceTree != root.SyntaxTree
            || await PolicyFacts.ForProjectAsync(document.Project, cancellationToken).ConfigureAwait(false) is not { Policy.Symbols.AllowModel: { } allowModel }
            || AttributePlacement.NearestContext(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } target)
        {
            return null;
        }

        if (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } semanticModel)
        {
            return null;
        }

        // [AllowModel] where ModelPolicies is imported; else import it, unless another AllowModel would then clash.
        var position = target.SpanStart;
        var edits = ImmutableArray.CreateBuilder<PlannedEdit>();
        NameSyntax name = SyntaxFactory.IdentifierName(ShortName);
        if (!UsingDirectives.IsInScope(semanticModel, position, allowModel))
        {
            if (UsingDirectives.WouldConflict(semanticModel, position, allowModel, ShortName))
            {
                name = SyntaxFactory.ParseName("global::" + allowModel.ContainingNamespace.ToDisplayString() + "." + ShortName);
            }
            else
            {
                edits.Add(UsingDirectives.Import(document, target, allowModel.ContainingNamespace.ToDisplayString()));
            }
        }

        var modelId = model!;
        edits.Insert(0, new PlannedEdit(
            document,
            target,
            EditKind.Add,
            "allow:" + modelId.ToUpperInvariant(),
            (current, _) => AttributePlacement.Add(current, Attribute(modelId, name))));
        return (modelId, new FixPlan(edits.ToImmutable()));
    }

    // [AllowModel("id", Justification = "TODO: …")]
    private static AttributeListSyntax Attribute(string model, NameSyntax name) =>
        SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(
                name,
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.AttributeArgument(Literal(model)),
                    JustificationArgument.Create(),
                })))));

    private static LiteralExpressionSyntax Literal(string text) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
}
