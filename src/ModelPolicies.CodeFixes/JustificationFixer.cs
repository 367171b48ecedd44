using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes;

/// <summary>
/// MP0009: add a justification placeholder to an <c>[AllowModel]</c> or <c>[SuppressMessage]</c> that has none (or
/// a blank one). The placeholder starts with "TODO", so MP0009 stays until someone writes the reason: the fix
/// saves the typing and marks the spot, it does not justify anything.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JustificationFixer)), Shared]
public sealed class JustificationFixer : CodeFixProvider
{
    internal const string Key = "ModelPolicies.AddJustification";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingJustification);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root
            || await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) is not { } model)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AttributeSyntax attribute)
            {
                continue;
            }

            var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == JustificationArgument.Name);
            if (existing is not null)
            {
                // Fill a blank one; a "TODO…" is the user's own note, and only they can replace it.
                var value = model.GetConstantValue(existing.Expression, context.CancellationToken);
                if (!value.HasValue || (value.Value is string text && !string.IsNullOrWhiteSpace(text)))
                {
                    continue;
                }
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a justification placeholder",
                    _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(attribute, WithPlaceholder(attribute, existing)))),
                    Key),
                diagnostic);
        }
    }

    private static AttributeSyntax WithPlaceholder(AttributeSyntax attribute, AttributeArgumentSyntax? existing)
    {
        if (existing is not null)
        {
            return attribute.ReplaceNode(existing.Expression, JustificationArgument.Placeholder().WithTriviaFrom(existing.Expression));
        }

        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var arguments = list.Arguments;
        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var added = arguments.Count == 0
            ? SyntaxFactory.SingletonSeparatedList(JustificationArgument.Create())
            : SyntaxFactory.SeparatedList(arguments.Append(JustificationArgument.Create()), arguments.GetSeparators().Append(separator));
        return attribute.WithArgumentList(list.WithArguments(added));
    }
}
