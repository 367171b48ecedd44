using System.Collections.Generic;
using System.Linq;
using ModelPolicies.Analyzers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests;

// The text search under the name and attribute scans: every position, once, in order — across the 4 KB chunks it copies.
public class TextSearchTests
{
    [Theory]
    [InlineData("[", 0)]
    [InlineData("model", 0)]
    [InlineData("model", 4094)] // straddles the first chunk's end
    [InlineData("model", 4091)] // ends exactly at it
    [InlineData("aa", 4095)]    // overlapping spellings at the boundary
    public void Finds_what_a_plain_search_finds(string value, int at)
    {
        var chars = Enumerable.Range(0, 10_000).Select(i => (char)('b' + (i % 7))).ToArray();
        foreach (var position in new[] { at, at + 2_000, 8_189, 9_990 })
        {
            value.CopyTo(0, chars, position, value.Length);
        }

        var text = new string(chars);
        var span = new TextSpan(3, text.Length - 6);

        Assert.Equal(Plain(text, span, value), TextSearch.Positions(SourceText.From(text), span, value));
    }

    [Fact]
    public void A_span_shorter_than_the_value_or_an_empty_value_has_no_positions()
    {
        var text = SourceText.From("model");

        Assert.Empty(TextSearch.Positions(text, new TextSpan(1, 3), "model"));
        Assert.Empty(TextSearch.Positions(text, new TextSpan(0, 5), ""));
        Assert.Equal(new[] { 0 }, TextSearch.Positions(text, new TextSpan(0, 5), "model"));
    }

    private static List<int> Plain(string text, TextSpan span, string value)
    {
        var found = new List<int>();
        for (var i = span.Start; i + value.Length <= span.End; i++)
        {
            if (string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                found.Add(i);
            }
        }

        return found;
    }
}
