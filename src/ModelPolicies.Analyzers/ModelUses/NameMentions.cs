using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// The identifiers spelled with a name in some syntax, found by searching its text for the name (a fraction of visiting
/// every node) and taking the token there; <c>@name</c> is found too, as its token's value is the name. For the
/// searches that then bind only those identifiers: a local's writes, a wrapper's reads of its parameter.
/// </summary>
internal static class NameMentions
{
    public static IEnumerable<IdentifierNameSyntax> In(SyntaxNode scope, string name, CancellationToken cancellationToken)
    {
        var text = scope.SyntaxTree.GetText(cancellationToken);
        var end = scope.Span.End - name.Length;
        for (var i = scope.SpanStart; i <= end; i++)
        {
            if (text[i] != name[0] || !Spells(text, i, name))
            {
                continue;
            }

            var token = scope.FindToken(i);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.End == i + name.Length && token.ValueText == name
                && token.Parent is IdentifierNameSyntax identifier)
            {
                yield return identifier;
            }

            i = System.Math.Max(i, token.Span.End - 1); // nothing inside a token is another mention
        }
    }

    private static bool Spells(Microsoft.CodeAnalysis.Text.SourceText text, int at, string name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (text[at + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }
}
