using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ModelPolicies.Analyzers.Inventory;

/// <summary>
/// Writes indented JSON (two spaces, '\n' line ends, invariant numbers) in the order it is told. Analyzers load into
/// hosts with differing System.Text.Json versions, so the bill of materials is written with this instead.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();

    // Per open object or array: how many members it has so far.
    private readonly Stack<int> _counts = new();
    private bool _afterName;

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Separate();
        AppendString(name);
        _text.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter Value(string value)
    {
        Separate();
        AppendString(value);
        return this;
    }

    public JsonWriter Value(long value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Value(bool value)
    {
        Separate();
        _text.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Property(string name, string value) => Name(name).Value(value);

    public JsonWriter Property(string name, long value) => Name(name).Value(value);

    public JsonWriter Property(string name, bool value) => Name(name).Value(value);

    /// <summary>The document, ending with a line end.</summary>
    public override string ToString() => _text.ToString() + "\n";

    private JsonWriter Open(char bracket)
    {
        Separate();
        _text.Append(bracket);
        _counts.Push(0);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var count = _counts.Pop();
        if (count > 0)
        {
            NewLine();
        }

        _text.Append(bracket);
        return this;
    }

    // Before a name, or a value that has no name: the comma and line end after the previous member.
    private void Separate()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_counts.Count == 0)
        {
            return;
        }

        var count = _counts.Pop();
        if (count > 0)
        {
            _text.Append(',');
        }

        _counts.Push(count + 1);
        NewLine();
    }

    private void NewLine() => _text.Append('\n').Append(' ', _counts.Count * 2);

    private void AppendString(string value) => _text.Append('"').Append(JsonText.Escape(value)).Append('"');
}
