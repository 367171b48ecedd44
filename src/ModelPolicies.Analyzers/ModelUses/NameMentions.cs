using System;
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
        if (name.Length == 0)
        {
            yield break;
        }

        var next = scope.SpanStart;
        foreach (var at in TextSearch.Positions(scope.SyntaxTree.GetText(cancellationToken), scope.Span, name))
        {
            if (at < next)
            {
                continue; // inside the token of an earlier spelling: nothing inside a token is another mention
            }

            var token = scope.FindToken(at);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.End == at + name.Length && token.ValueText == name
                && token.Parent is IdentifierNameSyntax identifier)
            {
                yield return identifier;
            }

            next = Math.Max(at + 1, token.Span.End);
        }
    }
}
