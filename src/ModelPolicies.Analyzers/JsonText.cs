using System.Globalization;
using System.Text;

namespace ModelPolicies.Analyzers;

/// <summary>JSON strings as this package writes them: into a settings file by a code fix, into the AI bill of materials.</summary>
internal static class JsonText
{
    /// <summary>
    /// <paramref name="value"/> as the characters of a JSON string, without its quotes: the quote, the backslash and
    /// control characters escaped, and DEL, the two JavaScript line separators and a surrogate without its pair (which
    /// has no UTF-8 form); everything else as it is. The same string when nothing needs escaping.
    /// </summary>
    public static string Escape(string value)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u007f' or '\u2028' or '\u2029' => Unicode(c),
                _ when IsLoneSurrogate(value, i) => Unicode(c),
                _ => null,
            };
            if (escape is null)
            {
                escaped?.Append(c);
                continue;
            }

            (escaped ??= new StringBuilder(value, 0, i, value.Length + 8)).Append(escape);
        }

        return escaped?.ToString() ?? value;
    }

    private static string Unicode(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    private static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }
}
