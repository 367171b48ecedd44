using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ModelPolicies.Analyzers.Catalog;

// A small JSON reader written for catalog files. It is hand-written rather than System.Text.Json because an
// analyzer must load in every compiler host (csc, Visual Studio, Rider, OmniSharp), and those ship different,
// sometimes older, System.Text.Json versions; it also keeps the offset of every value, so that each problem is
// reported at its line and column, and it recovers after a broken entry so the good ones still load.

internal abstract class JsonNode
{
    protected JsonNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public abstract string Kind { get; }
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, List<JsonProperty> properties)
        : base(start, end) => Properties = properties;

    public List<JsonProperty> Properties { get; }

    public override string Kind => "an object";
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, List<JsonNode> items)
        : base(start, end) => Items = items;

    public List<JsonNode> Items { get; }

    public override string Kind => "an array";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(start, end) => Value = value;

    public string Value { get; }

    public override string Kind => "a string";
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, double value)
        : base(start, end) => Value = value;

    public double Value { get; }

    public override string Kind => "a number";
}

internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(int start, int end, bool? value)
        : base(start, end) => Value = value;

    /// <summary>true, false, or null for the JSON <c>null</c>.</summary>
    public bool? Value { get; }

    public override string Kind => Value is null ? "null" : "a boolean";
}

/// <summary>A syntax error at an offset of the text.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(int offset, string message)
        : base(message) => Offset = offset;

    public int Offset { get; }
}

/// <summary>Reads JSON text into <see cref="JsonNode"/>s that remember their offsets.</summary>
internal sealed class JsonReader
{
    // Deep enough for any catalog; shallow enough that garbage such as "[[[[…" cannot exhaust the stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    public JsonReader(string text) => _text = text;

    public int Position => _position;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return _position >= _text.Length;
        }
    }

    /// <summary>Reads one value at the current position; throws <see cref="JsonSyntaxException"/> when malformed.</summary>
    public JsonNode ReadValue() => ReadValue(0);

    /// <summary>Skips whitespace and returns the next character, or '\0' at the end.</summary>
    public char Peek()
    {
        SkipWhitespace();
        return _position < _text.Length ? _text[_position] : '\0';
    }

    /// <summary>Consumes <paramref name="c"/> when it is next.</summary>
    public bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>
    /// After a malformed array element that started at <paramref name="elementStart"/>, moves to the ',' or ']'
    /// that ends it, skipping balanced brackets and strings. Returns false at the end of the text.
    /// </summary>
    public bool SkipToNextElement(int elementStart)
    {
        var depth = 0;
        for (_position = elementStart; _position < _text.Length; _position++)
        {
            switch (_text[_position])
            {
                case '"':
                    // Strings may hold brackets; a string cut by a line break ends there.
                    for (_position++; _position < _text.Length && _text[_position] != '"' && _text[_position] != '\n'; _position++)
                    {
                        if (_text[_position] == '\\')
                        {
                            _position++;
                        }
                    }

                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']' when depth > 0:
                    depth--;
                    break;
                case ']':
                    return true;
                case ',' when depth == 0:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The fallback when brackets never balance again (an unclosed string or bracket): moves to the first line
    /// after <paramref name="offset"/>'s line that starts with <paramref name="c"/>. Returns false when none does.
    /// </summary>
    public bool SkipToLineStartingWith(int offset, char c)
    {
        var lineBreak = _text.IndexOf('\n', Math.Min(offset, _text.Length));
        while (lineBreak >= 0)
        {
            var first = lineBreak + 1;
            while (first < _text.Length && _text[first] is ' ' or '\t' or '\r')
            {
                first++;
            }

            if (first < _text.Length && _text[first] == c)
            {
                _position = first;
                return true;
            }

            lineBreak = _text.IndexOf('\n', first);
        }

        return false;
    }

    private JsonNode ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(_position, $"nesting deeper than {MaxDepth} levels");
        }

        var c = Peek();
        return c switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => ReadString(),
            't' => ReadLiteral("true", true),
            'f' => ReadLiteral("false", false),
            'n' => ReadLiteral("null", null),
            '-' or (>= '0' and <= '9') => ReadNumber(),
            '\0' => throw Error(_position, "the file ends where a value was expected"),
            _ => throw Error(_position, $"unexpected character '{Printable(c)}' where a value was expected"),
        };
    }

    private JsonObject ReadObject(int depth)
    {
        var start = _position++;
        var properties = new List<JsonProperty>();
        if (TryConsume('}'))
        {
            return new JsonObject(start, _position, properties);
        }

        while (true)
        {
            if (Peek() != '"')
            {
                throw Error(_position, Peek() == '\0' ? "the file ends inside an object" : "expected a property name in double quotes");
            }

            var nameStart = _position;
            var name = ReadString();
            if (!TryConsume(':'))
            {
                throw Error(_position, $"expected ':' after property name \"{name.Value}\"");
            }

            properties.Add(new JsonProperty(name.Value, nameStart, name.End, ReadValue(depth + 1)));
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume('}'))
            {
                return new JsonObject(start, _position, properties);
            }

            throw Error(_position, Peek() == '\0' ? "the file ends inside an object; expected '}'" : "expected ',' or '}' after a property");
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonNode>();
        if (TryConsume(']'))
        {
            return new JsonArray(start, _position, items);
        }

        while (true)
        {
            items.Add(ReadValue(depth + 1));
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume(']'))
            {
                return new JsonArray(start, _position, items);
            }

            throw Error(_position, Peek() == '\0' ? "the file ends inside an array; expected ']'" : "expected ',' or ']' after an array element");
        }
    }

    private JsonString ReadString()
    {
        var start = _position++;
        StringBuilder? unescaped = null; // only a string with escapes needs a copy of its own; the rest are cut from the text
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            switch (c)
            {
                case '"':
                    return new JsonString(start, _position, unescaped?.ToString() ?? _text.Substring(start + 1, _position - start - 2));
                case '\\':
                    unescaped ??= new StringBuilder().Append(_text, start + 1, _position - start - 2);
                    unescaped.Append(ReadEscape());
                    break;
                case < ' ':
                    throw Error(_position - 1, "a string is not closed before the end of the line");
                default:
                    unescaped?.Append(c);
                    break;
            }
        }

        throw Error(start, "a string is not closed before the end of the file");
    }

    private char ReadEscape()
    {
        var at = _position - 1;
        if (_position >= _text.Length)
        {
            throw Error(at, "the file ends inside an escape sequence");
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u' when _position + 4 <= _text.Length
                && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                throw Error(at, $"invalid escape sequence '\\{Printable(c)}'");
        }
    }

    private JsonLiteral ReadLiteral(string word, bool? value)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error(start, $"unexpected word where a value was expected (did you mean {word}?)");
        }

        _position += word.Length;
        return new JsonLiteral(start, _position, value);
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _position++;
        }

        var raw = _text.Substring(start, _position - start);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || raw.StartsWith("+", StringComparison.Ordinal))
        {
            throw Error(start, $"'{raw}' is not a valid number");
        }

        return new JsonNumber(start, _position, value);
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            _position++;
        }
    }

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString();

    private static JsonSyntaxException Error(int offset, string message) => new(offset, message);
}
