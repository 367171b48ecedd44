using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>A compliant model and the edits that make the use name it: its id, or one of its client types.</summary>
internal sealed class Replacement
{
    public Replacement(CatalogEntry candidate, FixPlan plan, INamedTypeSymbol? client = null, string? clientName = null, string? settingsFile = null)
    {
        Candidate = candidate;
        Plan = plan;
        Client = client;
        ClientName = clientName;
        SettingsFile = settingsFile;
    }

    public CatalogEntry Candidate { get; }

    public FixPlan Plan { get; }

    /// <summary>For a typed client: the client type switched to; null for a model id.</summary>
    public INamedTypeSymbol? Client { get; }

    /// <summary>For a typed client: the client type's name as the fix writes it at the use.</summary>
    public string? ClientName { get; }

    /// <summary>For an id a settings file gives: the file's name (<c>appsettings.Production.json</c>), where the value changes.</summary>
    public string? SettingsFile { get; }
}

/// <summary>
/// The replacements for one diagnosed use, best first: the catalog's compliant models for the use's context
/// (the user's catalog first, the same provider, the smallest), each with the edits for this kind of use — for an id
/// a settings file gives, the value in that file, and only candidates that comply wherever the value is used. A
/// candidate that cannot be written here — no typed client for it, or code that would not compile — is skipped.
/// For a typed client, a model with several client types that compile here has one replacement per type, the
/// closest in shape to the replaced type first, all before the next model's.
/// </summary>
internal static class ReplacementPlanner
{
    /// <param name="document">The document of the diagnostic.</param>
    /// <param name="diagnostic">The diagnosed use.</param>
    /// <param name="maxModels">How many models to plan for (those that can be written here).</param>
    /// <param name="maxClientsPerModel">For a typed client, how many of each model's client types.</param>
    /// <param name="cancellationToken">Cancels the planning.</param>
    public static async Task<ImmutableArray<Replacement>> PlanAsync(
        Document document, Diagnostic diagnostic, int maxModels, int maxClientsPerModel, CancellationToken cancellationToken)
    {
        if (await PolicyFacts.ForProjectAsync(document.Project, cancellationToken).ConfigureAwait(false) is not { } facts
            || await ModelSite.FindAsync(document, diagnostic, facts, cancellationToken).ConfigureAwait(false) is not { } site)
        {
            return ImmutableArray<Replacement>.Empty;
        }

        // The site's own model is never its replacement; with no other candidate, nothing is searched for targets.
        var candidates = facts.Catalog.Compliant(site.Context.Requirements, site.Replacing, int.MaxValue, providerFirst: site.Task != ModelTask.None)
            .Where(candidate => !ReferenceEquals(candidate, site.Entry))
            .ToList();
        if (candidates.Count == 0)
        {
            return ImmutableArray<Replacement>.Empty;
        }

        var found = ImmutableArray.CreateBuilder<Replacement>();
        if (site.Kind == ModelSiteKind.ModelId)
        {
            Func<CatalogEntry, FixPlan?> planFor;
            string? settingsFile = null;
            if (site.Origin is { Kind: LocationKind.ExternalFile })
            {
                // An id a settings file gives is changed in that file, never by writing a constant over the read.
                if (await SettingsValueTarget.CreateAsync(site, facts, cancellationToken).ConfigureAwait(false) is not { } settings)
                {
                    return ImmutableArray<Replacement>.Empty;
                }

                planFor = settings.PlanFor;
                settingsFile = settings.FileName;
            }
            else
            {
                if (await ModelIdTarget.CreateAsync(site, facts, cancellationToken).ConfigureAwait(false) is not { } target)
                {
                    return ImmutableArray<Replacement>.Empty;
                }

                planFor = target.PlanFor;
            }

            foreach (var candidate in candidates)
            {
                if (found.Count == maxModels)
                {
                    break;
                }

                if (planFor(candidate) is { } plan)
                {
                    found.Add(new Replacement(candidate, plan, settingsFile: settingsFile));
                }
            }
        }
        else
        {
            if (await ClientTypeTarget.CreateAsync(site, facts, cancellationToken).ConfigureAwait(false) is not { } target)
            {
                return ImmutableArray<Replacement>.Empty;
            }

            var models = 0;
            foreach (var candidate in candidates)
            {
                if (models == maxModels)
                {
                    break;
                }

                var switches = await target.PlansForAsync(candidate, maxClientsPerModel, cancellationToken).ConfigureAwait(false);
                if (switches.Length > 0)
                {
                    models++;
                    found.AddRange(switches);
                }
            }
        }

        return found.ToImmutable();
    }
}
