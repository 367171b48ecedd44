using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>How an edit combines with others on the same node.</summary>
internal enum EditKind
{
    /// <summary>Replaces the node: two different replacements of overlapping nodes conflict.</summary>
    Replace,

    /// <summary>Adds to the node (an attribute to a member, a using to a file): several additions stack.</summary>
    Add,
}

/// <summary>
/// One change to one node of the solution as it was when the fix was planned, or to one value of a settings file (an
/// additional document). <see cref="Identity"/> says what the change makes of the node, so that Fix All can tell a
/// repeat of an edit from a conflicting one.
/// </summary>
internal sealed class PlannedEdit
{
    public PlannedEdit(Document document, SyntaxNode target, EditKind kind, string identity, Func<SyntaxNode, SyntaxGenerator, SyntaxNode> apply)
    {
        DocumentId = document.Id;
        Target = target;
        Span = target.Span;
        Kind = kind;
        Identity = identity;
        Apply = apply;
    }

    private PlannedEdit(DocumentId file, TextSpan span, string newValue)
    {
        DocumentId = file;
        Span = span;
        Kind = EditKind.Replace;
        Identity = "settings-value:" + newValue;
        NewValue = newValue;
    }

    public DocumentId DocumentId { get; }

    /// <summary>The node replaced or added to; null for a settings value.</summary>
    public SyntaxNode? Target { get; }

    /// <summary>The span of <see cref="Target"/>, or of the settings value.</summary>
    public TextSpan Span { get; }

    public EditKind Kind { get; }

    public string Identity { get; }

    /// <summary>What the node becomes; null for a settings value.</summary>
    public Func<SyntaxNode, SyntaxGenerator, SyntaxNode>? Apply { get; }

    /// <summary>For a settings value: the value it is set to.</summary>
    public string? NewValue { get; }

    /// <summary>
    /// Sets the value at <paramref name="span"/> of a settings file (a value's token, or the part of a connection string
    /// that names the model) to <paramref name="newValue"/>, the rest of the file kept as it is (<see cref="JsonValueEdit"/>).
    /// </summary>
    public static PlannedEdit SettingsValue(TextDocument file, TextSpan span, string newValue) => new(file.Id, span, newValue);

    public bool Repeats(PlannedEdit other) =>
        DocumentId == other.DocumentId && Kind == other.Kind && Span == other.Span
        && Target?.RawKind == other.Target?.RawKind && string.Equals(Identity, other.Identity, StringComparison.Ordinal);

    public bool ConflictsWith(PlannedEdit other) =>
        DocumentId == other.DocumentId && Kind == EditKind.Replace && other.Kind == EditKind.Replace
        && Span.OverlapsWith(other.Span);
}

/// <summary>
/// Everything one fix changes, possibly across documents (a constant declared in another file, a field assigned
/// from an injected parameter, a value in a settings file). Plans are computed against one solution and applied together: a plan whose edits
/// conflict with an earlier plan's is left out whole, so no site is ever half fixed.
/// </summary>
internal sealed class FixPlan
{
    public FixPlan(ImmutableArray<PlannedEdit> edits) => Edits = edits;

    public ImmutableArray<PlannedEdit> Edits { get; }

    public Task<Solution> ApplyAsync(Solution solution, CancellationToken cancellationToken) =>
        ApplyAsync(solution, new[] { this }, cancellationToken);

    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<FixPlan> plans, CancellationToken cancellationToken)
    {
        var accepted = new List<PlannedEdit>();
        foreach (var plan in plans)
        {
            var fresh = new List<PlannedEdit>();
            var conflict = false;
            foreach (var edit in plan.Edits)
            {
                if (accepted.Any(a => a.Repeats(edit)) || fresh.Any(f => f.Repeats(edit)))
                {
                    continue;
                }

                if (accepted.Any(a => a.ConflictsWith(edit)))
                {
                    conflict = true;
                    break;
                }

                fresh.Add(edit);
            }

            if (!conflict)
            {
                accepted.AddRange(fresh);
            }
        }

        foreach (var group in accepted.GroupBy(e => e.DocumentId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (solution.GetAdditionalDocument(group.Key) is { } file)
            {
                // Every value of one settings file in one edit of its text, so that no edit shifts another's span.
                var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (JsonValueEdit.Replace(text, group.Select(e => (e.Span, e.NewValue!))) is { } edited)
                {
                    solution = solution.WithAdditionalDocumentText(group.Key, edited);
                }

                continue;
            }

            var document = solution.GetDocument(group.Key);
            if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var editor = new SyntaxEditor(root, solution.Services);

            // Replacements first, then additions, and additions to the whole file last: each sees the edits before it.
            foreach (var edit in group.OrderBy(e => e.Kind).ThenBy(e => e.Target!.Parent is null ? 1 : 0))
            {
                if (Locate(root, edit.Target!) is { } target)
                {
                    editor.ReplaceNode(target, edit.Apply!);
                }
            }

            solution = solution.WithDocumentSyntaxRoot(group.Key, editor.GetChangedRoot());
        }

        return solution;
    }

    // The planned node, or the node of the same kind and span if the document's tree was re-read since planning.
    private static SyntaxNode? Locate(SyntaxNode root, SyntaxNode target)
    {
        if (target.SyntaxTree == root.SyntaxTree)
        {
            return target;
        }

        if (!root.FullSpan.Contains(target.Span))
        {
            return null;
        }

        for (SyntaxNode? node = root.FindNode(target.Span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node.Span == target.Span && node.RawKind == target.RawKind)
            {
                return node;
            }

            if (node.Span != target.Span)
            {
                break;
            }
        }

        return null;
    }
}
