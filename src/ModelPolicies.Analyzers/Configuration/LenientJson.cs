namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// What Microsoft.Extensions.Configuration accepts in a JSON file beyond strict JSON (System.Text.Json with comments
/// skipped): comments, taken out for the catalog's reader; and the strict number grammar that reader does not check
/// itself. (Trailing commas, also accepted, are the flattener's to skip.)
/// </summary>
internal static class LenientJson
{
    /// <summary>
    /// <paramref name="text"/> with its comments turned into spaces (line breaks kept), so every offset stays where it
    /// was; the same string when it has none. An unclosed block comment is left for the reader to refuse.
    /// </summary>
    public static string WithoutComments(string text)
    {
        char[]? blanked = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                // Skips the string; one cut by a line break ends there, for the reader to report.
                for (i++; i < text.Length && text[i] is not ('"' or '\n'); i++)
                {
                    if (text[i] == '\\')
                    {
                        i++;
                    }
                }

                continue;
            }

            if (c != '/' || i + 1 >= text.Length || text[i + 1] is not ('/' or '*'))
            {
                continue; // a stray slash is the reader's to report
            }

            var end = text[i + 1] == '/' ? LineEnd(text, i) : BlockCommentEnd(text, i);
            if (end < 0)
            {
                break;
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
