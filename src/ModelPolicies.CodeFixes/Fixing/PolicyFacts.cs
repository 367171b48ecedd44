using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Replacements;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>
/// What the analyzer knows of a project, rebuilt for a code fix: the catalog from the same options and catalog
/// files, the contexts, the model-use detector, and the typed clients the project can use. One instance per
/// project snapshot, shared by every diagnostic a Fix All visits.
/// </summary>
internal sealed class PolicyFacts
{
    // A project snapshot is immutable, so its facts never go stale; they go with the snapshot.
    private static readonly Kept<Project, Holder> PerProject = new();

    private readonly Lazy<ImmutableDictionary<string, ImmutableArray<INamedTypeSymbol>>> _clients;

    private PolicyFacts(Compilation compilation, PolicyCompilation policy)
    {
        Policy = policy;
        _clients = new Lazy<ImmutableDictionary<string, ImmutableArray<INamedTypeSymbol>>>(() => ClientTypes.Find(compilation, policy));
    }

    public PolicyCompilation Policy { get; }

    public ModelCatalog Catalog => Policy.Catalog;

    /// <summary>The facts of <paramref name="project"/>, or null when it does not reference ModelPolicies.</summary>
    public static async Task<PolicyFacts?> ForProjectAsync(Project project, CancellationToken cancellationToken)
    {
        if (PerProject.Find(project) is { } cached)
        {
            return cached.Facts;
        }

        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        PolicyFacts? facts = null;
        if (compilation is not null)
        {
            var files = new List<(string Path, SourceText? Text)>();
            foreach (var additional in project.AdditionalDocuments)
            {
                var text = await additional.GetTextAsync(cancellationToken).ConfigureAwait(false);
                files.Add((additional.FilePath ?? additional.Name, text));
            }

            var globalOptions = project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
            var settings = ProjectSettings.From(project.AnalyzerOptions, cancellationToken);
            if (PolicyCompilation.Create(compilation, globalOptions, files, cancellationToken, settings) is { } policy)
            {
                facts = new PolicyFacts(compilation, policy);
            }
        }

        // Another caller may have raced us here; either result is the same.
        return PerProject.Get(project, facts, static (_, made) => new Holder(made)).Facts;
    }

    /// <summary>The catalog entry a name means, or null.</summary>
    public CatalogEntry? Find(string? name) => name is null ? null : Catalog.Find(name);

    /// <summary>The typed clients bound to a catalog model, the project's own first; empty when it has none.</summary>
    public ImmutableArray<INamedTypeSymbol> ClientsFor(CatalogEntry entry) =>
        _clients.Value.TryGetValue(entry.Id, out var types) ? types : ImmutableArray<INamedTypeSymbol>.Empty;

    /// <summary>The context at a place in the code: the innermost lambda or local function, else the member.</summary>
    public PolicyContext ContextAt(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken) =>
        Policy.Contexts.ForSymbol(SiteAt(model, node, cancellationToken));

    // The symbol whose context applies at the node, as the analyzer finds it.
    private static ISymbol? SiteAt(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (model.GetOperation(node, cancellationToken) is { } operation && ContextResolver.EnclosingFunction(operation) is { } function)
        {
            return function;
        }

        return model.GetEnclosingSymbol(node.SpanStart, cancellationToken);
    }

    /// <summary>True when <paramref name="candidate"/> meets every requirement of <paramref name="context"/>.</summary>
    public bool Complies(CatalogEntry candidate, PolicyContext context) =>
        context.IsEmpty || ModelTaxonomy.Satisfies(candidate.Model, context.Requirements, Catalog.SlmMaxParameters);

    private sealed class Holder
    {
        public Holder(PolicyFacts? facts) => Facts = facts;

        public PolicyFacts? Facts { get; }
    }
}
