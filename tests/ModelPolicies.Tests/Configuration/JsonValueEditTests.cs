using ModelPolicies.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ModelPolicies.Tests.Configuration.ConfigurationHarness;

namespace ModelPolicies.Tests.Configuration;

// The edit behind "use a compliant model" for an id from a settings file: the value changes, nothing else does.
public class JsonValueEditTests
{
    private const string Json = """
        {
          // The model per feature.
          "AI": {
            "Chat":   { "ModelId": "gpt-4o" },   /* aligned on purpose */
            "Vision": { "ModelId": 7, "Escaped": "gpt\u002d4o" },
          },
          "ConnectionStrings": { "ai": "Endpoint=https://x/;Key=k;Model=gpt-4o;Timeout=5" }
        }
        """;

    [Fact]
    public void A_string_value_is_replaced_and_every_other_character_stays()
    {
        var text = SourceText.From(Json);

        var edited = JsonValueEdit.Replace(text, SpanOf(Json, "\"gpt-4o\""), "phi-4-mini");

        Assert.Equal(Json.Replace("\"ModelId\": \"gpt-4o\"", "\"ModelId\": \"phi-4-mini\""), edited!.ToString());
        Assert.Equal("phi-4-mini", SettingsFile.Read(edited).TryGetValue("AI:Chat:ModelId", out var value) ? value.Value : null);
    }

    [Fact]
    public void A_number_or_an_escaped_string_becomes_a_json_string()
    {
        var text = SourceText.From(Json);

        var seven = new TextSpan(SpanOf(Json, ": 7,").Start + 2, 1);
        var escapedId = SpanOf(Json, "\"gpt\\u002d4o\"");

        var edited = JsonValueEdit.Replace(text, new[] { (seven, "phi-4"), (escapedId, "phi \"4\"\\mini") });

        var file = SettingsFile.Read(edited!);
        Assert.Equal("phi-4", file.TryGetValue("AI:Vision:ModelId", out var number) ? number.Value : null);
        Assert.Equal("phi \"4\"\\mini", file.TryGetValue("AI:Vision:Escaped", out var escaped) ? escaped.Value : null);
        Assert.Contains("\"ModelId\": \"phi-4\", \"Escaped\": \"phi \\\"4\\\"\\\\mini\" }", edited!.ToString());
    }

    [Fact]
    public void A_connection_string_part_is_replaced_inside_its_string()
    {
        var text = SourceText.From(Json);
        var file = SettingsFile.Of(text);
        Assert.True(file.TryGetValue("ConnectionStrings:ai", out var setting));
        Assert.True(file.TryGetModelPart(setting, out var part));

        var simple = JsonValueEdit.Replace(text, part.Span, "phi-4-mini")!;
        var quoted = JsonValueEdit.Replace(text, part.Span, "odd;name")!;

        Assert.Equal(Json.Replace("Model=gpt-4o;", "Model=phi-4-mini;"), simple.ToString());
        Assert.Contains("Model=\\\"odd;name\\\";Timeout=5", quoted.ToString());
        var reread = SettingsFile.Read(quoted);
        Assert.True(reread.TryGetValue("ConnectionStrings:ai", out var edited));
        Assert.True(reread.TryGetModelPart(edited, out var editedPart));
        Assert.Equal("odd;name", editedPart.Value);
    }

    [Fact]
    public void Values_read_from_configuration_are_edited_where_they_were_found()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config["AI:Chat:ModelId"]|]!;
            }
            """, new[] { ("/app/appsettings.json", Json) });
        var value = Assert.Single(read!.Values);

        var edited = JsonValueEdit.Replace(value.Text, value.Span, "phi-4-mini");

        Assert.Contains("\"Chat\":   { \"ModelId\": \"phi-4-mini\" },   /* aligned on purpose */", edited!.ToString());
    }

    [Fact]
    public void A_span_that_is_no_longer_a_value_or_overlapping_edits_give_no_edit()
    {
        var text = SourceText.From(Json);
        var value = SpanOf(Json, "\"gpt-4o\"");

        Assert.Null(JsonValueEdit.Replace(text, new TextSpan(value.Start - 3, 2), "phi-4-mini")); // a property name's quote and colon
        Assert.Null(JsonValueEdit.Replace(SourceText.From("{ \"a\": "), new TextSpan(5, 1), "phi-4-mini"));
        Assert.Null(JsonValueEdit.Replace(text, new[] { (value, "a"), (new TextSpan(value.Start + 1, 2), "b") }));
        Assert.NotNull(JsonValueEdit.Replace(text, new[] { (value, "a"), (value, "a") }));
    }

    [Theory]
    [InlineData("phi-4-mini", "phi-4-mini")]
    [InlineData("a\"b\\c", "a\\\"b\\\\c")]
    [InlineData("tab\tline\nnul\u0001", "tab\\tline\\nnul\\u0001")]
    [InlineData("é ☃", "é ☃")]
    [InlineData("bs\bff\f", "bs\\bff\\f")]
    [InlineData("del\u007fls\u2028", "del\\u007fls\\u2028")]
    [InlineData("pair\ud83d\ude00", "pair\ud83d\ude00")]
    public void Escape_writes_a_json_string_body(string value, string expected)
    {
        Assert.Equal(expected, ModelPolicies.Analyzers.JsonText.Escape(value));
    }

    // A surrogate without its pair has no UTF-8 form (xunit's data rows cannot carry one, so a fact of its own).
    [Fact]
    public void Escape_escapes_a_lone_surrogate()
    {
        Assert.Equal("lone\\ud800 end", ModelPolicies.Analyzers.JsonText.Escape("lone\ud800 end"));
    }
}
