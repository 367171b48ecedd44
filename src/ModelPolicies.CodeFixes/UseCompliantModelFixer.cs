using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// MP0001–MP0003, MP0006 and MP0013: use a compliant catalog model instead (for MP0013, one that performs the sink's task) — one action per candidate, best first, for at
/// most three models. Rewrites a model id at a sink (or the constant, local or field it comes from, when every use
/// of that declaration stays compliant) and switches a typed client — in an expression or injected into a
/// constructor — to a <c>[ModelClient]</c> type of the candidate: one action per client type that compiles there,
/// the closest in shape to the replaced type first. An id a settings file gives is changed in that file (the diagnostic's
/// additional location), its formatting kept, to a model that complies wherever the value is used.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCompliantModelFixer)), Shared]
public sealed class UseCompliantModelFixer : CodeFixProvider, IPlanningFixer
{
    /// <summary>
    /// The first action's key, the same at every diagnostic: Fix All and dotnet format give each site its own best
    /// model (and, for a typed client, that model's best client type there).
    /// </summary>
    internal const string BestModelKey = "ModelPolicies.UseBestCompliantModel";

    private const string CandidateKeyPrefix = "ModelPolicies.UseCompliantModel:";

    private const string ClientKeyPrefix = "ModelPolicies.UseCompliantClient:";

    private const int MaxModels = 3;

    private static readonly SymbolDisplayFormat FullName =
        SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.EdgeModel, RuleIds.LowLatencyModel, RuleIds.MultimodalModel, RuleIds.UnknownModel, RuleIds.TaskMismatch);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => PlanningFixAllProvider.Instance;

    /// <summary>
    /// The key of the action that uses <paramref name="modelId"/> wherever it complies: its id, or its client type
    /// that fits each use best.
    /// </summary>
    internal static string CandidateKey(string modelId) => CandidateKeyPrefix + modelId;

    /// <summary>
    /// The key of the action that switches a typed client to <paramref name="clientType"/> (its full name, without
    /// <c>global::</c>), a further client type of <paramref name="modelId"/> at the use: where a model has several
    /// client types that compile, the first (best) is that model's action, each other one this. A type name holds
    /// no ':', so no two pairs of type and model share a key.
    /// </summary>
    internal static string ClientKey(string clientType, string modelId) => ClientKeyPrefix + clientType + ":" + modelId;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var replacements = await ReplacementPlanner.PlanAsync(context.Document, diagnostic, MaxModels, int.MaxValue, context.CancellationToken).ConfigureAwait(false);
            for (var i = 0; i < replacements.Length; i++)
            {
                var replacement = replacements[i];
                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(replacements, i),
                        cancellationToken => replacement.Plan.ApplyAsync(solution, cancellationToken),
                        i == 0 ? BestModelKey : KeyAt(replacements, i)),
                    diagnostic);
            }
        }
    }

    async Task<FixPlan?> IPlanningFixer.PlanAsync(Document document, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        // The best model needs only its best client type; another model's key, each model's best; a client's key, all.
        var (maxModels, maxClients) = equivalenceKey switch
        {
            null or BestModelKey => (1, 1),
            _ when equivalenceKey.StartsWith(CandidateKeyPrefix, StringComparison.Ordinal) => (MaxModels, 1),
            _ when equivalenceKey.StartsWith(ClientKeyPrefix, StringComparison.Ordinal) => (MaxModels, int.MaxValue),
            _ => (0, 0),
        };
        if (maxModels == 0)
        {
            return null;
        }

        var replacements = await ReplacementPlanner.PlanAsync(document, diagnostic, maxModels, maxClients, cancellationToken).ConfigureAwait(false);
        if (maxModels == 1)
        {
            return replacements.Length > 0 ? replacements[0].Plan : null;
        }

        // An alternative applies where this site offers it under the same key (its first three models; a client
        // type where it is not the model's first), as the one-at-a-time fix would.
        for (var i = 0; i < replacements.Length; i++)
        {
            if (string.Equals(KeyAt(replacements, i), equivalenceKey, StringComparison.Ordinal))
            {
                return replacements[i].Plan;
            }
        }

        return null;
    }

    // A replacement's key apart from the first action's: a model's first replacement is the model's, a further one
    // (another client type of the same model) the client type's.
    private static string KeyAt(ImmutableArray<Replacement> replacements, int index)
    {
        var replacement = replacements[index];
        return index > 0 && ReferenceEquals(replacements[index - 1].Candidate, replacement.Candidate) && replacement.Client is { } client
            ? ClientKey(client.ToDisplayString(FullName), replacement.Candidate.Id)
            : CandidateKey(replacement.Candidate.Id);
    }

    // Where a model has several client types offered at the use, each title names its type.
    private static string Title(ImmutableArray<Replacement> replacements, int index)
    {
        var replacement = replacements[index];
        var title = $"Use '{replacement.Candidate.Id}' ({ModelTaxonomy.Describe(replacement.Candidate.Model)})";
        if (replacement.SettingsFile is { } file)
        {
            return $"{title} in {file}";
        }

        var several = replacements.Count(r => ReferenceEquals(r.Candidate, replacement.Candidate)) > 1;
        return several && replacement.ClientName is { } client ? $"{title} via '{client}'" : title;
    }
}
