namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// What Microsoft.Extensions.Configuration accepts in a JSON file beyond strict JSON (System.Text.Json with comments
/// skipped and trailing commas allowed), brought back to strict JSON for the catalog's reader, and the strict number
/// grammar that reader does not check itself.
/// </summary>
internal static class LenientJson
{
    /// <summary>
    /// <paramref name="text"/> with its comments and trailing commas turned into spaces, so every offset stays where
    /// it was; the same string when it has neither. A comma after '{', '[' or another comma is left for the reader
    /// to refuse, as System.Text.Json refuses it; so is an unclosed block comment.
    /// </summary>
    public static string Strict(string text)
    {
        char[]? blanked = null;
        var pendingComma = -1; // a comma that is trailing if the next token closes an object or array
        var previous = '\0'; // the last character of the last token
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n' or '\uFEFF':
                    continue;
                case '"':
                    // Skips the string; one cut by a line break ends there, for the reader to report.
                    for (i++; i < text.Length && text[i] is not ('"' or '\n'); i++)
                    {
                        if (text[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '/' when i + 1 < text.Length && text[i + 1] is '/' or '*':
                    var end = text[i + 1] == '/' ? LineEnd(text, i) : BlockCommentEnd(text, i);
                    if (end < 0)
                    {
                        return blanked is null ? text : new string(blanked);
                    }

                    blanked ??= text.ToCharArray();
                    for (var j = i; j < end; j++)
                    {
                        if (blanked[j] is not ('\r' or '\n'))
                        {
                            blanked[j] = ' ';
                        }
                    }

                    i = end - 1;
                    continue;
                case '}' or ']' when pendingComma >= 0:
                    (blanked ??= text.ToCharArray())[pendingComma] = ' ';
                    break;
            }

            pendingComma = c == ',' && previous is not ('{' or '[' or ',' or '\0') ? i : -1;
            previous = c;
        }

        return blanked is null ? text : new string(blanked);
    }

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> is a JSON number.</summary>
    public static bool IsNumber(string text, int start, int end)
    {
        var i = start;
        if (i < end && text[i] == '-')
        {
            i++;
        }

        // An integer part without leading zeros, an optional fraction, an optional exponent.
        if (i < end && text[i] == '0')
        {
            i++;
        }
        else if (!Digits(text, ref i, end))
        {
            return false;
        }

        if (i < end && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i, end))
            {
                return false;
            }
        }

        if (i < end && text[i] is 'e' or 'E')
        {
            i++;
            if (i < end && text[i] is '+' or '-')
            {
                i++;
            }

            if (!Digits(text, ref i, end))
            {
                return false;
            }
        }

        return i == end;
    }

    private static bool Digits(string text, ref int i, int end)
    {
        var from = i;
        while (i < end && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > from;
    }

    // A line comment runs to the line break, which stays.
    private static int LineEnd(string text, int start)
    {
        var i = start + 2;
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }

    // Just past the "*/" that closes a block comment; -1 when none does.
    private static int BlockCommentEnd(string text, int start)
    {
        var close = text.IndexOf("*/", start + 2, System.StringComparison.Ordinal);
        return close < 0 ? -1 : close + 2;
    }
}
