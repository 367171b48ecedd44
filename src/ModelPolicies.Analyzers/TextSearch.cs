using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers;

/// <summary>
/// Where a source text spells a string, found without the syntax tree: the searches that then look up only those
/// positions as tokens (a local's writes, a wrapper's reads, the attributed lambdas of a tree).
/// </summary>
internal static class TextSearch
{
    // Characters copied out of the text at a time: an edited document's text is a composite of pieces, whose indexer
    // looks up the piece of every character, so the text is copied in chunks and searched with a vectorized IndexOf.
    private const int Chunk = 4096;

    /// <summary>The positions in <paramref name="span"/> of <paramref name="text"/> where <paramref name="value"/> starts, in order.</summary>
    public static List<int> Positions(SourceText text, TextSpan span, string value)
    {
        var found = new List<int>();
        if (value.Length == 0 || span.Length < value.Length)
        {
            return found;
        }

        var buffer = new char[Math.Min(span.Length, Chunk + value.Length - 1)];
        for (var start = span.Start; start + value.Length <= span.End; start += buffer.Length - value.Length + 1)
        {
            // Consecutive chunks overlap by one character less than the value: each position is in one chunk.
            var count = Math.Min(buffer.Length, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            var chars = new ReadOnlySpan<char>(buffer, 0, count);
            for (var offset = 0; offset <= count - value.Length;)
            {
                var i = chars.Slice(offset).IndexOf(value.AsSpan());
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
