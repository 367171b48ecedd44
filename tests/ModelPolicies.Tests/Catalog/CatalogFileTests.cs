using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ModelPolicies.Analyzers.Catalog;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Catalog;

// CatalogFile.Read directly: what it keeps of each entry, and where. The reader takes shortcuts for the common case
// (strings without escapes, ASCII keywords, whole numbers, one list of nodes reused from entry to entry); these pin
// that the other cases still read as they should.
public class CatalogFileTests
{
    [Fact]
    public void A_large_catalog_with_a_broken_entry_in_the_middle_keeps_every_good_entry_at_its_place()
    {
        var json = new StringBuilder("{ \"models\": [\n");
        var expected = new List<(string Id, TextSpan Span, TextSpan ClassSpan, int LatencyMs)>();
        var brokenAt = 0;
        for (var i = 0; i < 400; i++)
        {
            if (i == 200)
            {
                json.Append("  { \"id\": \"e200"); // a string cut by the end of its line
                brokenAt = json.Length;
                json.Append('\n');
                continue;
            }

            var start = json.Length + 2;
            json.Append("  { \"id\": \"e").Append(i).Append("\", \"aliases\": [\"e").Append(i).Append(":1b\"], \"class\": ");
            var classStart = json.Length;
            json.Append(i % 3 == 0 ? "\"fm\"" : "\"slm\"");
            var classEnd = json.Length;
            json.Append(", \"parameters\": \"1B\", \"inputs\": [\"text\", \"image\"], \"latencyMs\": ").Append(i + 1).Append(" }");
            expected.Add(("e" + i, TextSpan.FromBounds(start, json.Length), TextSpan.FromBounds(classStart, classEnd), i + 1));
            json.Append(",\n");
        }

        json.Append("  { \"id\": ");
        var repeated = new TextSpan(json.Length, "\"E7\"".Length);
        json.Append("\"E7\", \"class\": \"slm\" }\n] }\n");

        var file = CatalogFile.Read(SourceText.From(json.ToString()));

        Assert.Equal(expected.Select(e => e.Id), file.Entries.Select(e => e.Entry.Id));
        Assert.Equal(expected.Select(e => e.Span), file.Entries.Select(e => e.Span));
        Assert.Equal(expected.Select(e => e.ClassSpan), file.Entries.Select(e => e.ClassSpan));
        Assert.Equal(expected.Select(e => (int?)e.LatencyMs), file.Entries.Select(e => e.Entry.Model.LatencyMs));
        Assert.All(file.Entries, e => Assert.Equal(new[] { e.Entry.Id + ":1b" }, e.Entry.Aliases));
        Assert.Equal(
            new[]
            {
                new FileProblem(new TextSpan(brokenAt, 1), "a string is not closed before the end of the line"),
                new FileProblem(repeated, "duplicate model name 'E7': line 9 already names a model with it"),
            },
            file.Problems);
    }

    [Fact]
    public void Escaped_names_and_values_are_read_as_the_characters_they_stand_for()
    {
        const string Json = """{ "models": [ { "i\u0064": "b\u00e9\"\\", "cl\u0061ss": "\u0053LM", "aliases": ["tab\there"], "l\u0061tencyMs": 40 } ] }""";

        var file = CatalogFile.Read(SourceText.From(Json));

        Assert.Empty(file.Problems);
        var entry = Assert.Single(file.Entries);
        Assert.Equal("b\u00e9\"\\", entry.Entry.Id);
        Assert.Equal(new[] { "tab\there" }, entry.Entry.Aliases);
        Assert.Equal(ModelClass.Slm, entry.Entry.Model.Class);
        Assert.Equal(40, entry.Entry.Model.LatencyMs);
        Assert.Equal(Span(Json, "\"\\u0053LM\""), entry.ClassSpan);
    }

    [Fact]
    public void Class_inputs_and_deployment_ignore_case_but_only_as_lowercasing_does()
    {
        // The Kelvin sign lowercases to 'k', never to 'c': "Kloud" names no deployment, whatever its case.
        var json = "{ \"models\": [\n"
            + "  { \"id\": \"a\", \"class\": \"SLM\", \"inputs\": [\"Text\", \"IMAGE\"], \"deployment\": [\"Local\", \"CLOUD\"] },\n"
            + "  { \"id\": \"b\", \"class\": \"Fm\", \"deployment\": [\"\u212Aloud\"] }\n"
            + "] }";

        var file = CatalogFile.Read(SourceText.From(json));

        var model = Assert.Single(file.Entries).Entry.Model;
        Assert.Equal("a", model.Id);
        Assert.Equal(ModelClass.Slm, model.Class);
        Assert.Equal(Modality.Text | Modality.Image, model.Inputs);
        Assert.Equal(ModelDeployment.Local | ModelDeployment.Cloud, model.Deployment);
        Assert.Equal(
            new[] { new FileProblem(Span(json, "\"\u212Aloud\""), "unknown deployment value \"\u212Aloud\"; use \"local\" or \"cloud\"") },
            file.Problems);
    }

    [Fact]
    public void A_latency_is_any_spelling_of_a_positive_whole_number_that_fits()
    {
        const string Json = """
            { "models": [
              { "id": "a", "class": "slm", "latencyMs": 40 },
              { "id": "b", "class": "slm", "latencyMs": 0040 },
              { "id": "c", "class": "slm", "latencyMs": 4e1 },
              { "id": "d", "class": "slm", "latencyMs": 40.0 },
              { "id": "e", "class": "slm", "latencyMs": 2147483647 },
              { "id": "f", "class": "slm", "latencyMs": 2147483648 },
              { "id": "g", "class": "slm", "latencyMs": 99999999999999999999 },
              { "id": "h", "class": "slm", "latencyMs": -0 },
              { "id": "i", "class": "slm", "latencyMs": 0.5 }
            ] }
            """;

        var file = CatalogFile.Read(SourceText.From(Json));

        Assert.Equal(
            new (string, int?)[] { ("a", 40), ("b", 40), ("c", 40), ("d", 40), ("e", int.MaxValue) },
            file.Entries.Select(e => (e.Entry.Id, e.Entry.Model.LatencyMs)));
        Assert.Equal(
            new[] { "2147483648", "99999999999999999999", "-0", "0.5" }
                .Select(n => new FileProblem(Span(Json, n), "\"latencyMs\" must be a positive whole number of milliseconds")),
            file.Problems);
    }

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the text");
        return new TextSpan(start, part.Length);
    }
}
