using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// Where a fix writes a new model id for a use whose id a settings file gives (docs/rules/MP0001.md,
/// "Configuration-sourced ids"): that value in that file — an additional document of the project — with the rest of
/// the file as it was. The value is read wherever its key is, so a candidate is written only when it complies at every
/// use of the value in a context, not only at the diagnosed one.
/// </summary>
internal sealed class SettingsValueTarget
{
    // The uses of each settings value in a context, per project snapshot: found once for every diagnostic a Fix All visits.
    private static readonly Kept<Project, Readers> PerProject = new();

    private readonly PolicyFacts _facts;
    private readonly TextDocument _file;
    private readonly TextSpan _span;
    private readonly ImmutableArray<PolicyContext> _readers;

    private SettingsValueTarget(PolicyFacts facts, TextDocument file, TextSpan span, ImmutableArray<PolicyContext> readers)
    {
        _facts = facts;
        _file = file;
        _span = span;
        _readers = readers;
    }

    /// <summary>The target of a site whose <see cref="ModelSite.Origin"/> is a value of one of the project's settings files; else null.</summary>
    public static async Task<SettingsValueTarget?> CreateAsync(ModelSite site, PolicyFacts facts, CancellationToken cancellationToken)
    {
        if (site.Origin is not { Kind: LocationKind.ExternalFile } value)
        {
            return null;
        }

        var project = site.Document.Project;
        var path = value.GetLineSpan().Path;
        var file = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal));
        if (file is null
            || await file.GetTextAsync(cancellationToken).ConfigureAwait(false) is not { } text
            || !SettingsFile.Of(text).TryGetValueAt(value.SourceSpan, out _))
        {
            return null; // not a value of a file the fix can edit
        }

        var readers = await ReadersOfAsync(project, facts, cancellationToken).ConfigureAwait(false);
        var contexts = readers.Of(path, value.SourceSpan).Add(site.Context);
        return new SettingsValueTarget(facts, file, value.SourceSpan, contexts);
    }

    /// <summary>The name of the file edited, as the diagnostic's message names it, for the action's title.</summary>
    public string FileName => System.IO.Path.GetFileName(_file.FilePath ?? _file.Name);

    /// <summary>The edit that makes the value name <paramref name="candidate"/>; null when the candidate fails some other use of the value.</summary>
    public FixPlan? PlanFor(CatalogEntry candidate) =>
        _readers.All(context => _facts.Complies(candidate, context))
            ? new FixPlan(ImmutableArray.Create(PlannedEdit.SettingsValue(_file, _span, candidate.Id)))
            : null;

    private static async Task<Readers> ReadersOfAsync(Project project, PolicyFacts facts, CancellationToken cancellationToken)
    {
        if (PerProject.Find(project) is { } kept)
        {
            return kept;
        }

        var found = new Dictionary<(string Path, TextSpan Span), ImmutableArray<PolicyContext>>();
        var uses = new List<ModelUse>();
        foreach (var document in project.Documents)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var attributedFunctions = ContextResolver.AttributedFunctionSpans(root.SyntaxTree, cancellationToken);
            foreach (var block in Blocks(root, model, facts, attributedFunctions, cancellationToken))
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    // Of the detector's uses, only an id at a sink ever comes from a settings file; the context is
                    // looked up only for such a use, the rare one.
                    if (operation is not (IArgumentOperation or ISimpleAssignmentOperation))
                    {
                        continue;
                    }

                    uses.Clear();
                    facts.Policy.Detector.Detect(operation, uses, cancellationToken);
                    PolicyContext? context = null;
                    foreach (var use in uses)
                    {
                        if (use is { Kind: ModelUseKind.ModelIdAtSink, Origin: { Kind: LocationKind.ExternalFile } value }
                            && (context ??= facts.Policy.Contexts.ForOperation(operation, model.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken)!)) is { IsEmpty: false })
                        {
                            var key = (value.GetLineSpan().Path, value.SourceSpan);
                            found[key] = found.TryGetValue(key, out var contexts) ? contexts.Add(context) : ImmutableArray.Create(context);
                        }
                    }
                }
            }
        }

        // Another caller may have raced us here; either result is the same.
        return PerProject.Get(project, new Readers(found), static (_, made) => made);
    }

    // The outermost operations of a tree (member bodies, initializers, top-level statements), as the analyzer sees them —
    // less the members it does not look into: outside every context, holding no function with attributes of its own.
    private static IEnumerable<IOperation> Blocks(SyntaxNode root, SemanticModel model, PolicyFacts facts, TextSpan[] attributedFunctions, CancellationToken cancellationToken)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!MayBeInContext(node, model, facts, attributedFunctions, cancellationToken))
            {
                continue;
            }

            if (model.GetOperation(node, cancellationToken) is { } operation)
            {
                yield return operation;
                continue;
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push(child);
            }
        }
    }

    private static bool MayBeInContext(SyntaxNode node, SemanticModel model, PolicyFacts facts, TextSpan[] attributedFunctions, CancellationToken cancellationToken)
    {
        var member = node switch
        {
            BaseFieldDeclarationSyntax { Declaration.Variables: { Count: > 0 } variables } => model.GetDeclaredSymbol(variables[0], cancellationToken),
            BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax => model.GetDeclaredSymbol(node, cancellationToken),
            _ => null,
        };
        return member is null
            || !facts.Policy.Contexts.ForSymbol(member).IsEmpty
            || attributedFunctions.Any(span => node.Span.Contains(span));
    }

    private sealed class Readers
    {
        private readonly Dictionary<(string Path, TextSpan Span), ImmutableArray<PolicyContext>> _contexts;

        public Readers(Dictionary<(string Path, TextSpan Span), ImmutableArray<PolicyContext>> contexts) => _contexts = contexts;

        /// <summary>The contexts of the uses of the value at <paramref name="span"/> of the file at <paramref name="path"/>.</summary>
        public ImmutableArray<PolicyContext> Of(string path, TextSpan span) =>
            _contexts.TryGetValue((path, span), out var contexts) ? contexts : ImmutableArray<PolicyContext>.Empty;
    }
}
