using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>Line endings as the file already writes them.</summary>
internal static class SourceLines
{
    /// <summary>The file's first line ending, else a line feed.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode node)
    {
        foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.LineFeed;
    }
}
