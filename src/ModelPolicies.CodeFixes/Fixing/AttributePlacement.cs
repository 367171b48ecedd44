using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>
/// Where an attribute that shapes a context goes, and how it is written there: on its own line above a member,
/// type or local function, inline before a lambda.
/// </summary>
internal static class AttributePlacement
{
    /// <summary>
    /// The declaration nearest to <paramref name="node"/> that takes a context attribute (docs/rules/MP0001.md, "Contexts"): a lambda with a
    /// parameter list in parentheses (C# 10), a local function (C# 9), a member, else the type. Null in top-level
    /// statements, which take the assembly's context.
    /// </summary>
    public static SyntaxNode? NearestContext(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ParenthesizedLambdaExpressionSyntax when Supports(current, LanguageVersion.CSharp10):
                case LocalFunctionStatementSyntax when Supports(current, LanguageVersion.CSharp9):
                case BaseMethodDeclarationSyntax:
                case BasePropertyDeclarationSyntax:
                case EventFieldDeclarationSyntax:
                case TypeDeclarationSyntax:
                    return current;
                case GlobalStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary><paramref name="declaration"/> with <paramref name="list"/> added after its other attributes.</summary>
    public static SyntaxNode Add(SyntaxNode declaration, AttributeListSyntax list)
    {
        var existing = Lists(declaration);
        if (declaration is LambdaExpressionSyntax)
        {
            // Inline, before the parameter list: '[AllowModel(…)] () => …'.
            return existing.Count > 0
                ? With(declaration, existing.Add(list.WithTrailingTrivia(SyntaxFactory.Space)))
                : With(declaration.WithoutLeadingTrivia(), existing.Add(list.WithTrailingTrivia(SyntaxFactory.Space))).WithLeadingTrivia(declaration.GetLeadingTrivia());
        }

        var endOfLine = SourceLines.EndOfLine(declaration);
        if (existing.Count > 0)
        {
            var indentation = Indentation(existing[0].GetLeadingTrivia());
            return With(declaration, existing.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)));
        }

        // The declaration's leading trivia (comments, documentation, indentation) moves above the attribute; the
        // declaration itself keeps only its indentation.
        var leading = declaration.GetLeadingTrivia();
        var bare = declaration.WithLeadingTrivia(Indentation(leading));
        return With(bare, existing.Add(list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    // Attributes on local functions came with C# 9, on lambdas with C# 10; before that the member takes them.
    private static bool Supports(SyntaxNode node, LanguageVersion version) =>
        node.SyntaxTree.Options is CSharpParseOptions options && options.LanguageVersion >= version;

    private static SyntaxList<AttributeListSyntax> Lists(SyntaxNode declaration) => declaration switch
    {
        MemberDeclarationSyntax member => member.AttributeLists,
        StatementSyntax statement => statement.AttributeLists,
        LambdaExpressionSyntax lambda => lambda.AttributeLists,
        _ => default,
    };

    // The lists go before the declaration's first token, so its leading trivia must be set after them.
    private static SyntaxNode With(SyntaxNode declaration, SyntaxList<AttributeListSyntax> lists) => declaration switch
    {
        MemberDeclarationSyntax member => member.WithAttributeLists(lists),
        StatementSyntax statement => statement.WithAttributeLists(lists),
        LambdaExpressionSyntax lambda => lambda.WithAttributeLists(lists),
        _ => declaration,
    };

    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var count = 0;
        for (var i = leading.Count - 1; i >= 0 && leading[i].IsKind(SyntaxKind.WhitespaceTrivia); i--)
        {
            count++;
        }

        return SyntaxFactory.TriviaList(leading.Skip(leading.Count - count));
    }
}
