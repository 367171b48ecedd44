using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>A compliant model and the edits that make the use name it.</summary>
internal sealed class Replacement
{
    public Replacement(CatalogEntry candidate, FixPlan plan)
    {
        Candidate = candidate;
        Plan = plan;
    }

    public CatalogEntry Candidate { get; }

    public FixPlan Plan { get; }
}

/// <summary>
/// The replacements for one diagnosed use, best first: the catalog's compliant models for the use's context
/// (the user's catalog first, the same provider, the smallest), each with the edits for this kind of use. A
/// candidate that cannot be written here — no typed client for it, or code that would not compile — is skipped.
/// </summary>
internal static class ReplacementPlanner
{
    public static async Task<ImmutableArray<Replacement>> PlanAsync(
        Document document, Diagnostic diagnostic, int max, CancellationToken cancellationToken)
    {
        if (await PolicyFacts.ForProjectAsync(document.Project, cancellationToken).ConfigureAwait(false) is not { } facts
            || await ModelSite.FindAsync(document, diagnostic, facts, cancellationToken).ConfigureAwait(false) is not { } site)
        {
            return ImmutableArray<Replacement>.Empty;
        }

        var candidates = facts.Catalog.Compliant(site.Context.Requirements, site.Entry?.Model, int.MaxValue);
        var found = ImmutableArray.CreateBuilder<Replacement>();
        if (site.Kind == ModelSiteKind.ModelId)
        {
            if (await ModelIdTarget.CreateAsync(site, facts, cancellationToken).ConfigureAwait(false) is not { } target)
            {
                return ImmutableArray<Replacement>.Empty;
            }

            foreach (var candidate in candidates)
            {
                if (found.Count == max)
                {
                    break;
                }

                if (!ReferenceEquals(candidate, site.Entry))
                {
                    found.Add(new Replacement(candidate, target.PlanFor(candidate)));
                }
            }
        }
        else
        {
            if (await ClientTypeTarget.CreateAsync(site, facts, cancellationToken).ConfigureAwait(false) is not { } target)
            {
                return ImmutableArray<Replacement>.Empty;
            }

            foreach (var candidate in candidates)
            {
                if (found.Count == max)
                {
                    break;
                }

                if (!ReferenceEquals(candidate, site.Entry)
                    && await target.PlanForAsync(candidate, cancellationToken).ConfigureAwait(false) is { } plan)
                {
                    found.Add(new Replacement(candidate, plan));
                }
            }
        }

        return found.ToImmutable();
    }

}
