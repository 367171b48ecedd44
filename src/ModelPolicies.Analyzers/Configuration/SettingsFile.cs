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
/// JSON provider does it (docs/configuration.md, "Configuration-sourced ids"): property names joined with ':', array elements by index, keys compared
/// ignoring case (as its version 10 does); strings, numbers (as written) and <c>True</c>/<c>False</c> are values,
/// <c>null</c> and an empty object set the key to null, an empty array sets it to "", and a non-empty object or array
/// is no value at all. Comments and trailing commas are allowed, as the provider allows them. A file the provider would refuse (invalid JSON, a root that is not an
/// object, a key given twice) gives no values at all: an app would not start with it, so nothing in it is trusted.
/// Never throws; reads nothing but the text.
/// </summary>
internal sealed class SettingsFile
{
    // Each text is read once while it lives: every compilation over it (one per edit in the IDE) and the code fixes.
    private static readonly ConditionalWeakTable<SourceText, SettingsFile> ByText = new();
    private static readonly ConditionalWeakTable<SourceText, SettingsFile>.CreateValueCallback ReadText = Read;

    private readonly Dictionary<string, SettingValue> _values;

    private SettingsFile(SourceText text, Dictionary<string, SettingValue> values, SettingsProblem? problem)
    {
        Text = text;
        _values = values;
        Problem = problem;
    }

    public SourceText Text { get; }

    /// <summary>Why the file gives no values; null when it was read.</summary>
    public SettingsProblem? Problem { get; }

    public bool IsMalformed => Problem is not null;

    /// <summary>Every key of the file.</summary>
    public IReadOnlyCollection<SettingValue> Values => _values.Values;

    /// <summary>The file read from <paramref name="text"/>, once per text.</summary>
    public static SettingsFile Of(SourceText text) => ByText.GetValue(text, ReadText);

    /// <summary>Reads <paramref name="text"/> afresh.</summary>
    public static SettingsFile Read(SourceText text)
    {
        var values = new Dictionary<string, SettingValue>(StringComparer.OrdinalIgnoreCase);
        var problem = new Flattener(text.ToString(), values).Run();
        if (problem is not null)
        {
            values.Clear();
        }

        return new SettingsFile(text, values, problem);
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

    // Reads the document token by token, flattening as it goes: each scalar is read alone, so the reader's list of
    // nodes never holds more than one, and each key is built in one reused buffer: one string per key.
    private sealed class Flattener
    {
        // System.Text.Json's default depth, which the provider keeps.
        private const int MaxDepth = 64;

        private readonly string _text;
        private readonly JsonReader _reader;
        private readonly Dictionary<string, SettingValue> _values;
        private readonly StringBuilder _path = new();

        public Flattener(string text, Dictionary<string, SettingValue> values)
        {
            _text = LenientJson.WithoutComments(text);
            _reader = new JsonReader(_text);
            _values = values;
        }

        public SettingsProblem? Run()
        {
            try
            {
                switch (_reader.Peek())
                {
                    case '{':
                        ReadObject(0);
                        return _reader.AtEnd ? null : Problem(_reader.Position, "unexpected text after the end of the settings");
                    case '\0':
                        return Problem(_reader.Position, "the file holds no settings");
                    default:
                        return Problem(_reader.Position, "the settings are not a JSON object");
                }
            }
            catch (JsonSyntaxException e)
            {
                return Problem(e.Offset, e.Message);
            }
        }

        // An object at a depth: the root at 0, whose keys have no prefix; below, the value of the key in the buffer.
        private void ReadObject(int depth)
        {
            var start = _reader.Position;
            _reader.TryConsume('{');
            if (_reader.TryConsume('}'))
            {
                if (depth > 0)
                {
                    SetEmpty(start, null);
                }

                return;
            }

            var length = _path.Length;
            while (true)
            {
                if (_reader.Peek() != '"')
                {
                    throw new JsonSyntaxException(_reader.Position, _reader.Peek() == '\0' ? "the file ends inside an object" : "expected a property name in double quotes");
                }

                var name = _reader.ReadValue();
                if (!_reader.TryConsume(':'))
                {
                    throw new JsonSyntaxException(_reader.Position, "expected ':' after a property name");
                }

                if (depth > 0)
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

                ReadValue(depth + 1);
                _path.Length = length;
                if (Closes('}', "an object", "a property"))
                {
                    return;
                }
            }
        }

        private void ReadArray(int depth)
        {
            var start = _reader.Position;
            _reader.TryConsume('[');
            if (_reader.TryConsume(']'))
            {
                SetEmpty(start, string.Empty);
                return;
            }

            var length = _path.Length;
            for (var index = 0; ; index++)
            {
                _path.Append(':').Append(index.ToString(CultureInfo.InvariantCulture));
                ReadValue(depth + 1);
                _path.Length = length;
                if (Closes(']', "an array", "an array element"))
                {
                    return;
                }
            }
        }

        // After an element: true when its object or array closes (a trailing comma allowed), false when another follows.
        private bool Closes(char close, string container, string element)
        {
            if (_reader.TryConsume(','))
            {
                return _reader.TryConsume(close);
            }

            if (_reader.TryConsume(close))
            {
                return true;
            }

            throw new JsonSyntaxException(
                _reader.Position,
                _reader.Peek() == '\0' ? $"the file ends inside {container}; expected '{close}'" : $"expected ',' or '{close}' after {element}");
        }

        private void ReadValue(int depth)
        {
            var next = _reader.Peek();
            if (next is '{' or '[' && depth >= MaxDepth)
            {
                throw new JsonSyntaxException(_reader.Position, $"nesting deeper than {MaxDepth} levels");
            }

            switch (next)
            {
                case '{':
                    ReadObject(depth);
                    return;
                case '[':
                    ReadArray(depth);
                    return;
            }

            var node = _reader.ReadValue();
            if (node.Kind == JsonKind.Number && !LenientJson.IsNumber(_text, node.Start, node.End))
            {
                throw new JsonSyntaxException(node.Start, $"'{_text.Substring(node.Start, node.Length)}' is not a valid JSON number");
            }

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
            _values[key] = new SettingValue(key, value, new TextSpan(node.Start, node.Length), node.Kind == JsonKind.String);
            if (_values.Count == count)
            {
                throw new JsonSyntaxException(node.Start, $"the key '{key}' is given twice (keys ignore case)");
            }
        }

        // {} and [] replace what the key had, as in the provider; only scalars are checked for a key given twice.
        private void SetEmpty(int start, string? value)
        {
            var key = _path.ToString();
            if (_values.TryGetValue(key, out var replaced))
            {
                key = replaced.Key; // the key keeps its first spelling, as a dictionary entry does
            }

            _values[key] = new SettingValue(key, value, TextSpan.FromBounds(start, _reader.Position), IsString: false);
        }

        private SettingsProblem Problem(int offset, string message) =>
            new(new TextSpan(Math.Min(offset, _text.Length), offset < _text.Length ? 1 : 0), message);
    }
}
