using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>A fixer whose fixes are plans, so that Fix All can combine them.</summary>
internal interface IPlanningFixer
{
    /// <summary>
    /// The plan the action of <paramref name="equivalenceKey"/> applies to <paramref name="diagnostic"/>, computed
    /// for that site alone; null when that action does not apply there. A null key is the fixer's first action
    /// (dotnet format may pass none).
    /// </summary>
    Task<FixPlan?> PlanAsync(Document document, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken);
}

/// <summary>
/// Fix All for fixes that may touch the same node from several diagnostics or reach into other documents: each
/// diagnostic in scope gets its own plan, and the plans are merged — repeats applied once, conflicting plans left
/// out — into one solution change.
/// </summary>
internal sealed class PlanningFixAllProvider : FixAllProvider
{
    public static readonly PlanningFixAllProvider Instance = new();

    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    private PlanningFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeFixProvider is not IPlanningFixer fixer || !Scopes.Contains(fixAllContext.Scope))
        {
            return Task.FromResult<CodeAction?>(null);
        }

        var title = fixAllContext.Scope switch
        {
            FixAllScope.Document => "Fix all occurrences in the document",
            FixAllScope.Project => "Fix all occurrences in the project",
            _ => "Fix all occurrences in the solution",
        };
        return Task.FromResult<CodeAction?>(CodeAction.Create(
            title,
            cancellationToken => FixAsync(fixAllContext.WithCancellationToken(cancellationToken), fixer),
            fixAllContext.CodeActionEquivalenceKey));
    }

    private static async Task<Solution> FixAsync(FixAllContext context, IPlanningFixer fixer)
    {
        var plans = new List<FixPlan>();
        foreach (var (document, diagnostic) in await DiagnosticsInScopeAsync(context).ConfigureAwait(false))
        {
            if (await fixer.PlanAsync(document, diagnostic, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return await FixPlan.ApplyAsync(context.Solution, plans, context.CancellationToken).ConfigureAwait(false);
    }

    // In a stable order (file, then position), so that when two plans conflict the same one always wins.
    private static async Task<List<(Document Document, Diagnostic Diagnostic)>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var found = new List<(Document, Diagnostic)>();
        if (context.Scope == FixAllScope.Document)
        {
            if (context.Document is { } document)
            {
                foreach (var diagnostic in await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    Add(document.Project, diagnostic);
                }
            }
        }
        else
        {
            var projects = context.Scope == FixAllScope.Project ? new[] { context.Project } : context.Solution.Projects;
            foreach (var project in projects)
            {
                foreach (var diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                {
                    Add(project, diagnostic);
                }
            }
        }

        return found
            .OrderBy(f => f.Item1.FilePath ?? f.Item1.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Item2.Location.SourceSpan.Start)
            .ThenBy(f => f.Item2.Id, StringComparer.Ordinal)
            .ToList();

        void Add(Project project, Diagnostic diagnostic)
        {
            if (context.DiagnosticIds.Contains(diagnostic.Id)
                && diagnostic.Location.IsInSource
                && project.GetDocument(diagnostic.Location.SourceTree) is { } owner)
            {
                found.Add((owner, diagnostic));
            }
        }
    }
}
