using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelPolicies.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace ModelPolicies.Tests.Configuration;

// SettingsFile.Read against the real Microsoft.Extensions.Configuration JSON provider: what an app would read from the
// file is what the analyzer reads, key for key, and a file the provider refuses gives nothing.
public class SettingsFileTests
{
    public static TheoryData<string, string> ReadableFiles => new()
    {
        {
            "a web app's settings, with comments and trailing commas",
            """
            {
              // The chat model, per environment.
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning", }, },
              "AllowedHosts": "*",
              "AI": {
                "Chat": { "ModelId": "phi-4-mini", /* local */ "Endpoint": "http://localhost:11434" },
                "Fallbacks": [ "gpt-4o-mini", { "ModelId": "llama3.2:3b" }, [ "nested" ] ],
              },
              "ConnectionStrings": { "ai": "Endpoint=https://x.openai.azure.com/;Key=k;Deployment=gpt-4o" }
            }
            """
        },
        {
            "scalars of every kind",
            """{ "s": "text", "i": 42, "n": -1.5e3, "z": 0, "t": true, "f": false, "nil": null, "empty": "" }"""
        },
        {
            "escapes in names and values, and names holding the delimiter",
            """{ "A\u0049": { "Model\"Id": "phi\\4\n", "a:b": "é ☃ \ud83d\ude00" }, "x/y": "\/" }"""
        },
        {
            "empty objects and arrays, nested and at the end",
            """{ "a": {}, "b": [], "c": { "d": {} }, "e": [ {}, [] ], "f": 1 }"""
        },
        {
            "an empty container replacing a value of the same key",
            """{ "a": 1, "A": {}, "c": 2, "C": [], "d": { "e": 1 }, "D": {} }"""
        },
        {
            "keys differing in case in different sections",
            """{ "AI": { "modelid": "a" }, "ai2": { "ModelId": "b" } }"""
        },
        {
            "an empty root",
            """  {}  """
        },
        {
            "a byte order mark and line comments at the end",
            "\uFEFF{ \"a\": \"b\" } // done\n// really\n"
        },
    };

    public static TheoryData<string, string> RefusedFiles => new()
    {
        { "a key given twice", """{ "AI": { "ModelId": "phi-4-mini" }, "ai:modelid": "gpt-4o" }""" },
        { "a key given twice after an empty container", """{ "a": {}, "A": 1 }""" },
        { "a key given twice after null", """{ "a": null, "A": "x" }""" },
        { "null after a value of the same key", """{ "b": "x", "B": null }""" },
        { "an array at the root", """[ { "ModelId": "phi-4-mini" } ]""" },
        { "a string at the root", "\"phi-4-mini\"" },
        { "an empty file", "" },
        { "only a comment", "// nothing" },
        { "a missing comma", """{ "a": "b" "c": "d" }""" },
        { "an unclosed object", """{ "AI": { "ModelId": "phi-4-mini" }""" },
        { "an unclosed block comment", """{ "a": "b" /* }""" },
        { "a single quote string", """{ 'a': "b" }""" },
        { "a leading comma", """{ , "a": "b" }""" },
        { "two commas", """{ "a": [1,,] }""" },
        { "a number with a leading zero", """{ "a": 01 }""" },
        { "a number ending in a dot", """{ "a": 1. }""" },
        { "a plus sign", """{ "a": +1 }""" },
        { "text after the root", """{ "a": "b" } { "c": "d" }""" },
        { "a line break inside a string", "{ \"a\": \"b\nc\" }" },
        { "an invalid escape", """{ "a": "\x" }""" },
        { "a bare word", """{ "a": phi }""" },
    };

    [Theory]
    [MemberData(nameof(ReadableFiles))]
    public void A_file_reads_as_the_json_configuration_provider_reads_it(string what, string json)
    {
        var expected = ProviderValues(json);
        Assert.NotNull(expected);

        var file = SettingsFile.Read(SourceText.From(json));

        Assert.False(file.IsMalformed, $"{what}: {file.Problem}");
        var actual = file.Values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected!.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase), actual.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase));
        foreach (var (key, value) in expected!)
        {
            Assert.True(file.TryGetValue(key.ToUpperInvariant(), out var found), $"{what}: {key} in upper case");
            Assert.Equal(value, found.Value);
        }
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void A_file_the_provider_refuses_gives_no_values_and_says_where(string what, string json)
    {
        Assert.True(ProviderValues(json) is null, $"{what}: the provider reads it");

        var file = SettingsFile.Read(SourceText.From(json));

        Assert.True(file.IsMalformed, what);
        Assert.Empty(file.Values);
        Assert.False(file.TryGetValue("a", out _));
        Assert.InRange(file.Problem!.Value.Span.Start, 0, json.Length);
    }

    [Fact]
    public void Each_value_keeps_the_span_of_its_token_and_the_key_as_the_file_spells_it()
    {
        const string Json = """
            {
              "AI": {
                "Chat": { "ModelId": "phi-4-mini" },
                "Models": [ "gpt-4o", 7, true, null ],
                "Empty": {}
              }
            }
            """;

        var file = SettingsFile.Read(SourceText.From(Json));
        var values = file.Values.OrderBy(v => v.Span.Start).ToList();

        Assert.Equal(
            new[] { "AI:Chat:ModelId", "AI:Models:0", "AI:Models:1", "AI:Models:2", "AI:Models:3", "AI:Empty" },
            values.Select(v => v.Key));
        Assert.Equal(
            new[] { "\"phi-4-mini\"", "\"gpt-4o\"", "7", "true", "null", "{}" },
            values.Select(v => Json.Substring(v.Span.Start, v.Span.Length)));
        Assert.Equal(new[] { "phi-4-mini", "gpt-4o", "7", "True", null, null }, values.Select(v => v.Value));
        Assert.True(file.TryGetValue("ai:chat:MODELID", out var model));
        Assert.Equal("AI:Chat:ModelId", model.Key);
        Assert.False(file.TryGetValue("AI:Chat", out _)); // a section with children is no value
        Assert.False(file.TryGetValue("AI:Models", out _)); // nor is an array
    }

    [Fact]
    public void A_text_is_read_once_and_garbage_never_throws()
    {
        var text = SourceText.From("""{ "a": "b" }""");
        Assert.Same(SettingsFile.Of(text), SettingsFile.Of(text));

        var random = new Random(15);
        const string Alphabet = "{}[]:,\"\\/*\n tfn0123456789.-+eEu\uFEFFab";
        for (var i = 0; i < 2000; i++)
        {
            var garbage = new StringBuilder();
            for (var n = random.Next(0, 40); n > 0; n--)
            {
                garbage.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var json = garbage.ToString();
            var file = SettingsFile.Read(SourceText.From(json));
            Assert.Equal(ProviderValues(json) is null, file.IsMalformed);
        }

        Assert.True(SettingsFile.Read(SourceText.From(new string('[', 10_000))).IsMalformed);
        Assert.True(SettingsFile.Read(SourceText.From("{\"a\":" + new string('[', 100) + new string(']', 100) + "}")).IsMalformed);
        foreach (var depth in new[] { 62, 63, 64, 65 })
        {
            var nested = "{\"a\":" + new string('[', depth) + "\"x\"" + new string(']', depth) + "}";
            Assert.Equal(ProviderValues(nested) is null, SettingsFile.Read(SourceText.From(nested)).IsMalformed);
        }
    }

    [Theory]
    [InlineData("""{ "c": "Endpoint=https://x/;Key=k;Model=gpt-4o-mini" }""", "Model", "gpt-4o-mini", "gpt-4o-mini")]
    [InlineData("""{ "c": "Endpoint=https://x/;Deployment=phi-4;Key=k" }""", "Deployment", "phi-4", "phi-4")]
    [InlineData("""{ "c": "model = 'phi 4' ; deployment=gpt-4o" }""", "model", "phi 4", "'phi 4'")]
    [InlineData("""{ "c": "Endpoint=C:\\models\\x;Model=\u0070hi-4" }""", "Model", "phi-4", "\\u0070hi-4")]
    public void A_connection_string_gives_its_model_part_at_the_span_where_it_is_written(string json, string name, string value, string written)
    {
        var file = SettingsFile.Read(SourceText.From(json));
        Assert.True(file.TryGetValue("c", out var setting));

        Assert.True(file.TryGetModelPart(setting, out var part));

        Assert.Equal(name, part.Name);
        Assert.Equal(value, part.Value);
        Assert.Equal(written, json.Substring(part.Span.Start, part.Span.Length));
    }

    [Fact]
    public void A_connection_string_without_a_model_part_or_not_one_at_all_gives_no_part()
    {
        var file = SettingsFile.Read(SourceText.From("""{ "a": "Endpoint=https://x/;Key=k", "b": "phi-4-mini", "c": 5 }"""));

        foreach (var key in new[] { "a", "b", "c" })
        {
            Assert.True(file.TryGetValue(key, out var setting));
            Assert.False(file.TryGetModelPart(setting, out _), key);
        }
    }

    // What the real provider reads from the text; null when it refuses it.
    private static Dictionary<string, string>? ProviderValues(string json)
    {
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
            return configuration.AsEnumerable()
                .Where(p => p.Value is not null)
                .ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
