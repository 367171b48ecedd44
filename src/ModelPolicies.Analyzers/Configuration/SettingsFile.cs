using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ModelPolicies.Analyzers.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// One configuration value of a settings file: its key path as the file spells it (<c>AI:Chat:ModelId</c>), the
/// value Microsoft.Extensions.Configuration gives it (null for <c>null</c> and an empty object), and the span of its
/// JSON token in the file (a string with its quotes).
/// </summary>
internal readonly record struct SettingValue(string Key, string? Value, TextSpan Span, bool IsString);

/// <summary>Why a settings file gives no values: where the first problem is, and what it is.</summary>
internal readonly record struct SettingsProblem(TextSpan Span, string Message);

/// <summary>
/// An <c>appsettings*.json</c> file, flattened into keys and values exactly as Microsoft.Extensions.Configuration's
/// JSON provider does it (SPEC §3b): property names joined with ':', array elements by index, keys compared
/// ignoring case (as its version 10 does); strings, numbers (as written) and <c>True</c>/<c>False</c> are values,
/// <c>null</c> and an empty object set the key to null, an empty array sets it to "", and a non-empty object or array
/// is no value at all. Comments and trailing commas
/// are allowed, as the provider allows them. A file the provider would refuse (invalid JSON, a root that is not an
/// object, a key given twice) gives no values at all: an app would not start with it, so nothing in it is trusted.
/// Never throws; reads nothing but the text.
/// </summary>
internal sealed class SettingsFile
{
    // Each text is read once while it lives: every compilation over it (one per edit in the IDE) and the code fixes.
    private static readonly ConditionalWeakTable<SourceText, SettingsFile> ByText = new();
    private static readonly ConditionalWeakTable<SourceText, SettingsFile>.CreateValueCallback ReadText = Read;

    private readonly Dictionary<string, SettingValue> _values;

    private SettingsFile(SourceText text, Dictionary<string, SettingValue> values, List<SettingValue> ordered, SettingsProblem? problem)
    {
        Text = text;
        _values = values;
        Values = ordered;
        Problem = problem;
    }

    public SourceText Text { get; }

    /// <summary>Why the file gives no values; null when it was read.</summary>
    public SettingsProblem? Problem { get; }

    public bool IsMalformed => Problem is not null;

    /// <summary>Every key of the file, in the order the file sets them.</summary>
    public IReadOnlyList<SettingValue> Values { get; }

    /// <summary>The file read from <paramref name="text"/>, once per text.</summary>
    public static SettingsFile Of(SourceText text) => ByText.GetValue(text, ReadText);

    /// <summary>Reads <paramref name="text"/> afresh.</summary>
    public static SettingsFile Read(SourceText text)
    {
        var values = new Dictionary<string, SettingValue>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<SettingValue>();
        var problem = new Flattener(text.ToString(), values, ordered).Run();
        if (problem is not null)
        {
            values.Clear();
            ordered.Clear();
        }

        return new SettingsFile(text, values, ordered, problem);
    }

    /// <summary>The value of <paramref name="key"/>, compared ignoring case as configuration keys are.</summary>
    public bool TryGetValue(string key, out SettingValue value) => _values.TryGetValue(key, out value);

    /// <summary>
    /// The <c>Model=</c> (else <c>Deployment=</c>) part of a connection string held by <paramref name="value"/>, with
    /// the span of that part's value in the file; false when the value is no connection string or has neither part.
    /// </summary>
    public bool TryGetModelPart(SettingValue value, out ConnectionStringPart part)
    {
        part = default;
        if (!value.IsString || value.Value is not { } connectionString
            || !ConnectionStringParts.TryFindModel(connectionString, out var name, out var partValue, out var start, out var length))
        {
            return false;
        }

        // The part's characters are those of the unescaped string: map them back through any escapes of the token.
        var raw = Text.ToString(value.Span);
        var from = RawOffset(raw, start);
        var to = RawOffset(raw, start + length);
        part = new ConnectionStringPart(name, partValue, TextSpan.FromBounds(value.Span.Start + from, value.Span.Start + to));
        return true;
    }

    /// <summary>The value whose token is <paramref name="span"/>, or whose string holds it; false when none does.</summary>
    public bool TryGetValueAt(TextSpan span, out SettingValue value)
    {
        foreach (var candidate in Values)
        {
            if (candidate.Span == span || (candidate.IsString && candidate.Span.Start < span.Start && span.End < candidate.Span.End))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    // The offset in a string token (quotes included) of the character at index valueIndex of its unescaped value.
    private static int RawOffset(string raw, int valueIndex)
    {
        var position = 1;
        for (var i = 0; i < valueIndex && position < raw.Length - 1; i++)
        {
            position += raw[position] != '\\' ? 1 : raw[position + 1] == 'u' ? 6 : 2;
        }

        return position;
    }

    // Walks the document's nodes depth-first, building each key in one reused buffer: one string per key.
    private sealed class Flattener
    {
        private readonly string _text;
        private readonly Dictionary<string, SettingValue> _values;
        private readonly List<SettingValue> _ordered;
        private readonly StringBuilder _path = new();
        private JsonReader _reader = null!;

        public Flattener(string text, Dictionary<string, SettingValue> values, List<SettingValue> ordered)
        {
            _text = text;
            _values = values;
            _ordered = ordered;
        }

        public SettingsProblem? Run()
        {
            try
            {
                var strict = LenientJson.Strict(_text);
                _reader = new JsonReader(strict);
                var root = _reader.ReadValue();
                if (!_reader.AtEnd)
                {
                    return Problem(_reader.Position, "unexpected text after the end of the settings");
                }

                if (root.Kind != JsonKind.Object)
                {
                    return Problem(root.Start, $"the settings are {root.Description}, not an object");
                }

                return VisitObject(root);
            }
            catch (JsonSyntaxException e)
            {
                return Problem(e.Offset, e.Message);
            }
        }

        private SettingsProblem? VisitObject(JsonNode node)
        {
            var length = _path.Length;
            foreach (var property in _reader.PropertiesOf(node))
            {
                var name = property.Name;
                if (length > 0)
                {
                    _path.Append(':');
                }

                if (name.HasEscapes)
                {
                    _path.Append(_reader.StringOf(name));
                }
                else
                {
                    _path.Append(_text, name.Start + 1, name.Length - 2);
                }

                var problem = VisitValue(property.Value);
                _path.Length = length;
                if (problem is not null)
                {
                    return problem;
                }
            }

            if (!node.HasChildren && length > 0)
            {
                SetEmpty(node, null);
            }

            return null;
        }

        private SettingsProblem? VisitValue(JsonNode node)
        {
            switch (node.Kind)
            {
                case JsonKind.Object:
                    return VisitObject(node);
                case JsonKind.Array:
                    var length = _path.Length;
                    var index = 0;
                    foreach (var item in _reader.ItemsOf(node))
                    {
                        _path.Append(':').Append(index.ToString(CultureInfo.InvariantCulture));
                        var problem = VisitValue(item);
                        _path.Length = length;
                        if (problem is not null)
                        {
                            return problem;
                        }

                        index++;
                    }

                    if (index == 0)
                    {
                        SetEmpty(node, string.Empty);
                    }

                    return null;
                case JsonKind.Number when !LenientJson.IsNumber(_text, node.Start, node.End):
                    return Problem(node.Start, $"'{_text.Substring(node.Start, node.Length)}' is not a valid JSON number");
                default:
                    var value = node.Kind switch
                    {
                        JsonKind.String => _reader.StringOf(node),
                        JsonKind.Number => _text.Substring(node.Start, node.Length),
                        JsonKind.True => "True",
                        JsonKind.False => "False",
                        _ => null,
                    };
                    // One lookup: a key given twice leaves the count as it was (and the file unread, so what it overwrote does not matter).
                    var key = _path.ToString();
                    var count = _values.Count;
                    var setting = new SettingValue(key, value, new TextSpan(node.Start, node.Length), node.Kind == JsonKind.String);
                    _values[key] = setting;
                    if (_values.Count == count)
                    {
                        return Problem(node.Start, $"the key '{key}' is given twice (keys ignore case)");
                    }

                    _ordered.Add(setting);
                    return null;
            }
        }

        // {} and [] replace what the key had, as in the provider; only scalars are checked for a key given twice.
        private void SetEmpty(JsonNode node, string? value)
        {
            var key = _path.ToString();
            if (_values.TryGetValue(key, out var replaced))
            {
                key = replaced.Key; // the key keeps its first spelling, as a dictionary entry does
                _ordered.RemoveAll(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));
            }

            Add(new SettingValue(key, value, new TextSpan(node.Start, node.Length), IsString: false));
        }

        private void Add(SettingValue value)
        {
            _values[value.Key] = value;
            _ordered.Add(value);
        }

        private SettingsProblem Problem(int offset, string message) =>
            new(new TextSpan(Math.Min(offset, _text.Length), offset < _text.Length ? 1 : 0), message);
    }
}
