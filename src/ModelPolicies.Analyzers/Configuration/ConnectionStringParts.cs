using System;
using System.Text;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>The <c>Model=</c> or <c>Deployment=</c> part of a connection string in a settings file.</summary>
/// <param name="Name">The part's key as written (<c>Model</c>, <c>deployment</c>…).</param>
/// <param name="Value">Its value, unquoted.</param>
/// <param name="Span">Where its value is written in the file, quotes included.</param>
internal readonly record struct ConnectionStringPart(string Name, string Value, Microsoft.CodeAnalysis.Text.TextSpan Span);

/// <summary>
/// Splits connection strings as <c>DbConnectionStringBuilder</c> does (docs/configuration.md, "Configuration-sourced ids": Aspire's AI connection strings,
/// <c>Endpoint=…;Key=…;Model=…</c>): <c>key=value</c> pairs separated by ';', keys trimmed and compared ignoring case,
/// "==" an '=' inside a key, values trimmed, or quoted with '"' or '\'' (the quote doubled inside), the last of a
/// repeated key winning. A string the builder would refuse has no parts.
/// </summary>
internal static class ConnectionStringParts
{
    /// <summary>
    /// Finds the <c>Model</c> part, else the <c>Deployment</c> part; <paramref name="start"/> and
    /// <paramref name="length"/> are where its value is written in <paramref name="connectionString"/>.
    /// </summary>
    public static bool TryFindModel(string connectionString, out string name, out string value, out int start, out int length)
    {
        (string Name, string? Value, int Start, int Length)? model = null, deployment = null;
        var position = 0;
        var malformed = false;
        while (position < connectionString.Length)
        {
            if (!TryReadPair(connectionString, ref position, out var pair))
            {
                malformed = true;
                break;
            }

            if (pair is not { } found)
            {
                continue;
            }

            // A key without a value removes the key, as the builder does.
            if (found.Name.Trim().Equals("Model", StringComparison.OrdinalIgnoreCase))
            {
                model = found.Value is null ? null : found;
            }
            else if (found.Name.Trim().Equals("Deployment", StringComparison.OrdinalIgnoreCase))
            {
                deployment = found.Value is null ? null : found;
            }
        }

        if (malformed || (model ?? deployment) is not { } part)
        {
            name = value = string.Empty;
            start = length = 0;
            return false;
        }

        (name, value, start, length) = (part.Name.Trim(), part.Value!, part.Start, part.Length);
        return true;
    }

    /// <summary>
    /// <paramref name="value"/> as a connection-string value: as it is when the builder reads it back unchanged, else
    /// in double quotes with any double quote doubled.
    /// </summary>
    public static string Quote(string value)
    {
        var plain = value.Length > 0
            && (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1])
                && value[0] is not ('"' or '\'') && value.IndexOf(';') < 0);
        return plain ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    // Reads one pair from position: null for an empty one (";;"), a null value for a key without one ("Model=;").
    // False when the string is malformed.
    private static bool TryReadPair(string s, ref int position, out (string Name, string? Value, int Start, int Length)? pair)
    {
        pair = null;
        while (position < s.Length && (s[position] == ';' || char.IsWhiteSpace(s[position])))
        {
            position++;
        }

        if (position >= s.Length)
        {
            return true;
        }

        // The key runs to the first '=' that is not doubled.
        var key = new StringBuilder();
        while (true)
        {
            if (position >= s.Length || char.IsControl(s[position]) && !char.IsWhiteSpace(s[position]))
            {
                return false;
            }

            if (s[position] == '=')
            {
                if (position + 1 < s.Length && s[position + 1] == '=')
                {
                    key.Append('=');
                    position += 2;
                    continue;
                }

                position++;
                break;
            }

            key.Append(s[position++]);
        }

        if (key.ToString().Trim().Length == 0)
        {
            return false;
        }

        while (position < s.Length && char.IsWhiteSpace(s[position]))
        {
            position++;
        }

        var start = position;
        if (position < s.Length && s[position] is '"' or '\'')
        {
            var quote = s[position++];
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= s.Length)
                {
                    return false;
                }

                if (s[position] == quote)
                {
                    if (position + 1 < s.Length && s[position + 1] == quote)
                    {
                        builder.Append(quote);
                        position += 2;
                        continue;
                    }

                    position++;
                    break;
                }

                builder.Append(s[position++]);
            }

            var end = position;
            while (position < s.Length && char.IsWhiteSpace(s[position]))
            {
                position++;
            }

            if (position < s.Length && s[position] != ';')
            {
                return false;
            }

            pair = (key.ToString(), builder.ToString(), start, end - start);
            return true;
        }

        while (position < s.Length && s[position] != ';')
        {
            if (char.IsControl(s[position]) && !char.IsWhiteSpace(s[position]))
            {
                return false;
            }

            position++;
        }

        var valueEnd = position;
        while (valueEnd > start && char.IsWhiteSpace(s[valueEnd - 1]))
        {
            valueEnd--;
        }

        pair = (key.ToString(), valueEnd == start ? null : s.Substring(start, valueEnd - start), start, valueEnd - start);
        return true;
    }
}
