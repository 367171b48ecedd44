using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Fixing;
using ModelPolicies.CodeFixes.Replacements;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ModelPolicies.CodeFixes;

/// <summary>
/// MP0001–MP0003 and MP0006: use a compliant catalog model instead — one action per candidate, best first, at
/// most three. Rewrites a model id at a sink (or the constant, local or field it comes from, when every use of
/// that declaration stays compliant) and switches a typed client — in an expression or injected into a
/// constructor — to the <c>[ModelClient]</c> type of the candidate.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCompliantModelFixer)), Shared]
public sealed class UseCompliantModelFixer : CodeFixProvider, IPlanningFixer
{
    /// <summary>
    /// The first action's key, the same at every diagnostic: Fix All and dotnet format give each site its own best
    /// model.
    /// </summary>
    internal const string BestModelKey = "ModelPolicies.UseBestCompliantModel";

    private const string CandidateKeyPrefix = "ModelPolicies.UseCompliantModel:";

    private const int MaxActions = 3;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.EdgeModel, RuleIds.LowLatencyModel, RuleIds.MultimodalModel, RuleIds.UnknownModel);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => PlanningFixAllProvider.Instance;

    /// <summary>The key of the action that uses <paramref name="modelId"/> wherever it complies.</summary>
    internal static string CandidateKey(string modelId) => CandidateKeyPrefix + modelId;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var replacements = await ReplacementPlanner.PlanAsync(context.Document, diagnostic, MaxActions, context.CancellationToken).ConfigureAwait(false);
            for (var i = 0; i < replacements.Length; i++)
            {
                var replacement = replacements[i];
                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(replacement),
                        cancellationToken => replacement.Plan.ApplyAsync(solution, cancellationToken),
                        i == 0 ? BestModelKey : CandidateKey(replacement.Candidate.Id)),
                    diagnostic);
            }
        }
    }

    async Task<FixPlan?> IPlanningFixer.PlanAsync(Document document, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        string? onlyId;
        if (equivalenceKey is null or BestModelKey)
        {
            onlyId = null;
        }
        else if (equivalenceKey.StartsWith(CandidateKeyPrefix, System.StringComparison.Ordinal))
        {
            onlyId = equivalenceKey.Substring(CandidateKeyPrefix.Length);
        }
        else
        {
            return null;
        }

        // An alternative applies where it is offered: among this site's first three candidates.
        var replacements = await ReplacementPlanner.PlanAsync(document, diagnostic, onlyId is null ? 1 : MaxActions, cancellationToken).ConfigureAwait(false);
        foreach (var replacement in replacements)
        {
            if (onlyId is null || string.Equals(replacement.Candidate.Id, onlyId, System.StringComparison.OrdinalIgnoreCase))
            {
                return replacement.Plan;
            }
        }

        return null;
    }

    private static string Title(Replacement replacement) =>
        $"Use '{replacement.Candidate.Id}' ({ModelTaxonomy.Describe(replacement.Candidate.Model)})";
}
