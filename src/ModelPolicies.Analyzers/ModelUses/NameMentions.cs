using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// The identifiers spelled with a name in some syntax, found by searching its text for the name (a fraction of visiting
/// every node) and taking the token there; <c>@name</c> is found too, as its token's value is the name. For the
/// searches that then bind only those identifiers: a local's writes, a wrapper's reads of its parameter.
/// </summary>
internal static class NameMentions
{
    // Characters copied out of the text at a time: an edited document's text is a composite of pieces, whose indexer
    // looks up the piece of every character, so the text is copied in chunks and searched with a vectorized IndexOf.
    private const int Chunk = 4096;

    public static IEnumerable<IdentifierNameSyntax> In(SyntaxNode scope, string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            yield break;
        }

        var next = scope.SpanStart;
        foreach (var at in Spellings(scope.SyntaxTree.GetText(cancellationToken), scope.Span, name))
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

    // Where the text of the span spells the name, in order.
    private static List<int> Spellings(SourceText text, TextSpan span, string name)
    {
        var found = new List<int>();
        if (span.Length < name.Length)
        {
            return found;
        }

        var buffer = new char[Math.Min(span.Length, Chunk + name.Length - 1)];
        for (var start = span.Start; start + name.Length <= span.End; start += buffer.Length - name.Length + 1)
        {
            // Consecutive chunks overlap by one character less than the name: each start of a spelling is in one chunk.
            var count = Math.Min(buffer.Length, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            var chars = new ReadOnlySpan<char>(buffer, 0, count);
            for (var offset = 0; offset <= count - name.Length;)
            {
                var i = chars.Slice(offset).IndexOf(name.AsSpan());
                if (i < 0)
                {
                    break;
                }

                found.Add(start + offset + i);
                offset += i + 1;
            }
        }

        return found;
    }
}
