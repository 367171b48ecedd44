using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ModelPolicies.Analyzers.Catalog;

// A small JSON reader written for catalog files. It is hand-written rather than System.Text.Json because an
// analyzer must load in every compiler host (csc, Visual Studio, Rider, OmniSharp), and those ship different,
// sometimes older, System.Text.Json versions; it also keeps the offset of every value, so that each problem is
// reported at its line and column, and it recovers after a broken entry so the good ones still load.
//
// A value is read into a flat list of nodes, reused by the next value read, rather than into a tree of objects: a
// catalog of thousands of entries would otherwise allocate dozens of objects per entry only to look at them once.
// A node holds no reference, so filling the list costs the GC nothing; a string is cut from the text only when its
// value is asked for, and a property name can be compared where it lies, so known names never become strings.

internal enum JsonKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One value read by a <see cref="JsonReader"/>: its kind and offsets. The children of an object (each property's
/// name, a string, then its value) or of an array follow it in the reader's list of nodes, up to <see cref="Next"/>;
/// the reader enumerates them, and gives a string's value.
/// </summary>
internal readonly struct JsonNode
{
    public JsonNode(JsonKind kind, int start, int end, int index, int next, double number = 0, bool hasEscapes = false)
    {
        Kind = kind;
        HasEscapes = hasEscapes;
        Start = start;
        End = end;
        Index = index;
        Next = next;
        Number = number;
    }

    public JsonKind Kind { get; }

    /// <summary>True for a string with an escape sequence, whose value is not its text.</summary>
    public bool HasEscapes { get; }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    /// <summary>Where the node is in the reader's list; its children, if any, follow it.</summary>
    public int Index { get; }

    /// <summary>Where the node's next sibling is in the reader's list: just past its children.</summary>
    public int Next { get; }

    public bool HasChildren => Next > Index + 1;

    /// <summary>The value of a number.</summary>
    public double Number { get; }

    /// <summary>How a message names the kind of value: "an object", "a string", "null"….</summary>
    public string Description => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };
}

/// <summary>A property of an object read by a <see cref="JsonReader"/>: its name, a string, and its value.</summary>
internal readonly struct JsonProperty
{
    // Where the name is in the reader's list of nodes; the value follows it. Only the nodes asked for are copied out.
    private readonly List<JsonNode> _nodes;
    private readonly int _name;

    public JsonProperty(List<JsonNode> nodes, int name)
    {
        _nodes = nodes;
        _name = name;
    }

    public JsonNode Name => _nodes[_name];

    public JsonNode Value => _nodes[_name + 1];
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
    private readonly List<JsonNode> _nodes = new(); // the value read last, and its children
    private Dictionary<int, string>? _unescaped; // the values of strings with escapes, by offset
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

    /// <summary>
    /// Reads one value at the current position; throws <see cref="JsonSyntaxException"/> when malformed. The children
    /// of the value read before are gone: their place is reused.
    /// </summary>
    public JsonNode ReadValue()
    {
        _nodes.Clear();
        return _nodes[ReadValue(0)];
    }

    /// <summary>The value of a string, unescaped. It is cut from the text on each call, so ask once.</summary>
    public string StringOf(JsonNode node) => node.HasEscapes ? _unescaped![node.Start] : _text.Substring(node.Start + 1, node.Length - 2);

    /// <summary>True when <paramref name="node"/> is the string <paramref name="value"/>; allocates nothing.</summary>
    public bool IsString(JsonNode node, string value) =>
        node.Kind == JsonKind.String
        && (node.HasEscapes
            ? _unescaped![node.Start] == value
            : node.Length - 2 == value.Length && string.CompareOrdinal(_text, node.Start + 1, value, 0, value.Length) == 0);

    /// <summary>
    /// True when <paramref name="node"/> is a string whose <c>ToLowerInvariant()</c> is <paramref name="lowercase"/>.
    /// Allocates nothing unless the string has escapes or characters beyond ASCII.
    /// </summary>
    public bool IsStringIgnoringCase(JsonNode node, string lowercase)
    {
        if (node.Kind != JsonKind.String)
        {
            return false;
        }

        if (node.HasEscapes)
        {
            return StringOf(node).ToLowerInvariant() == lowercase;
        }

        if (node.Length - 2 != lowercase.Length)
        {
            return false; // lowercasing keeps the length
        }

        for (var i = 0; i < lowercase.Length; i++)
        {
            var c = _text[node.Start + 1 + i];
            if (c > '\x7F')
            {
                return StringOf(node).ToLowerInvariant() == lowercase; // beyond ASCII, the culture tables decide
            }

            // Each character is lowercased on its own, and in ASCII only 'A' to 'Z' change.
            if ((c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c) != lowercase[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The properties of an object read by the last <see cref="ReadValue()"/>.</summary>
    public Properties PropertiesOf(JsonNode node) => new(_nodes, node);

    /// <summary>The items of an array read by the last <see cref="ReadValue()"/>.</summary>
    public Items ItemsOf(JsonNode node) => new(_nodes, node);

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

    // ReadValue and the Read methods below add the nodes of what they read, and return the index of its node.
    private int ReadValue(int depth)
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
            't' => ReadLiteral("true", JsonKind.True),
            'f' => ReadLiteral("false", JsonKind.False),
            'n' => ReadLiteral("null", JsonKind.Null),
            '-' or (>= '0' and <= '9') => ReadNumber(),
            '\0' => throw Error(_position, "the file ends where a value was expected"),
            _ => throw Error(_position, $"unexpected character '{Printable(c)}' where a value was expected"),
        };
    }

    private int ReadObject(int depth)
    {
        var start = _position++;
        var index = Reserve();
        if (TryConsume('}'))
        {
            return Fill(index, JsonKind.Object, start);
        }

        while (true)
        {
            if (Peek() != '"')
            {
                throw Error(_position, Peek() == '\0' ? "the file ends inside an object" : "expected a property name in double quotes");
            }

            var name = ReadString();
            if (!TryConsume(':'))
            {
                throw Error(_position, $"expected ':' after property name \"{StringOf(_nodes[name])}\"");
            }

            ReadValue(depth + 1);
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume('}'))
            {
                return Fill(index, JsonKind.Object, start);
            }

            throw Error(_position, Peek() == '\0' ? "the file ends inside an object; expected '}'" : "expected ',' or '}' after a property");
        }
    }

    private int ReadArray(int depth)
    {
        var start = _position++;
        var index = Reserve();
        if (TryConsume(']'))
        {
            return Fill(index, JsonKind.Array, start);
        }

        while (true)
        {
            ReadValue(depth + 1);
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume(']'))
            {
                return Fill(index, JsonKind.Array, start);
            }

            throw Error(_position, Peek() == '\0' ? "the file ends inside an array; expected ']'" : "expected ',' or ']' after an array element");
        }
    }

    private int ReadString()
    {
        var start = _position++;

        // Most strings have no escape: find the closing quote, and take the string's value from the text when asked.
        var text = _text;
        var end = _position;
        for (; end < text.Length; end++)
        {
            var c = text[end];
            if (c is '"' or '\\' or < ' ')
            {
                break;
            }
        }

        if (end < text.Length && text[end] == '"')
        {
            _position = end + 1;
            return Add(JsonKind.String, start);
        }

        // An escape, a line break or the end of the file: read on char by char from there.
        var value = new StringBuilder().Append(text, _position, end - _position);
        _position = end;
        while (_position < text.Length)
        {
            var c = text[_position++];
            switch (c)
            {
                case '"':
                    (_unescaped ??= new())[start] = value.ToString();
                    return Add(JsonKind.String, start, hasEscapes: true);
                case '\\':
                    value.Append(ReadEscape());
                    break;
                case < ' ':
                    throw Error(_position - 1, "a string is not closed before the end of the line");
                default:
                    value.Append(c);
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

    private int ReadLiteral(string word, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error(start, $"unexpected word where a value was expected (did you mean {word}?)");
        }

        _position += word.Length;
        return Add(kind, start);
    }

    private int ReadNumber()
    {
        var start = _position;
        var whole = 0L;
        var plain = true; // only the digits 0 to 9, so far
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            var c = _text[_position++];
            if (c is >= '0' and <= '9')
            {
                whole = (whole * 10) + (c - '0');
            }
            else
            {
                plain = false;
            }
        }

        // Most numbers are small whole ones, such as a latency: their value needs no string cut from the text and
        // parsed. Up to 15 digits the value is exact, as double.TryParse would give it.
        if (plain && _position - start <= 15)
        {
            return Add(JsonKind.Number, start, whole);
        }

        var raw = _text.Substring(start, _position - start);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || raw.StartsWith("+", StringComparison.Ordinal))
        {
            throw Error(start, $"'{raw}' is not a valid number");
        }

        return Add(JsonKind.Number, start, value);
    }

    // A value without children, from start to the current position.
    private int Add(JsonKind kind, int start, double number = 0, bool hasEscapes = false)
    {
        var index = _nodes.Count;
        _nodes.Add(new JsonNode(kind, start, _position, index, index + 1, number, hasEscapes));
        return index;
    }

    // An object or array takes its place before its children and is filled in once they are read.
    private int Reserve()
    {
        _nodes.Add(default);
        return _nodes.Count - 1;
    }

    private int Fill(int index, JsonKind kind, int start)
    {
        _nodes[index] = new JsonNode(kind, start, _position, index, _nodes.Count);
        return index;
    }

    // Called before nearly every token, mostly to skip nothing: inlined, the reader is some 8% faster.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        var text = _text;
        var position = _position;
        while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            position++;
        }

        _position = position;
    }

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString();

    private static JsonSyntaxException Error(int offset, string message) => new(offset, message);

    /// <summary>Enumerates an object's properties without allocating.</summary>
    public struct Properties
    {
        private readonly List<JsonNode> _nodes;
        private readonly int _end;
        private int _next;

        public Properties(List<JsonNode> nodes, JsonNode node)
        {
            _nodes = nodes;
            _next = node.Index + 1;
            _end = node.Next;
            Current = default;
        }

        public JsonProperty Current { get; private set; }

        public readonly Properties GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _end)
            {
                return false;
            }

            Current = new JsonProperty(_nodes, _next);
            _next = _nodes[_next + 1].Next;
            return true;
        }
    }

    /// <summary>Enumerates an array's items without allocating.</summary>
    public struct Items
    {
        private readonly List<JsonNode> _nodes;
        private readonly int _end;
        private int _next;

        public Items(List<JsonNode> nodes, JsonNode node)
        {
            _nodes = nodes;
            _next = node.Index + 1;
            _end = node.Next;
            Current = default;
        }

        public JsonNode Current { get; private set; }

        public readonly Items GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _end)
            {
                return false;
            }

            Current = _nodes[_next];
            _next = Current.Next;
            return true;
        }
    }
}
