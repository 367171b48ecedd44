using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>
/// How a model name as users type it is looked up (docs/catalog.md, "Name matching"): after the name itself, the
/// forms this yields are tried in order, and the first one the catalog knows wins.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class ModelNames
{
    /// <summary>
    /// The forms of <paramref name="name"/> to look up after the name itself, most specific first: trimmed; without an
    /// Ollama <c>:latest</c> tag; without a date snapshot suffix (<c>gpt-4o-2024-08-06</c>,
    /// <c>claude-3-5-haiku-20241022</c>, <c>…@20241022</c>).
    /// </summary>
    public static IEnumerable<string> LookupForms(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length != name.Length)
        {
            yield return trimmed;
        }

        if (trimmed.EndsWith(":latest", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - ":latest".Length);
            yield return trimmed;
        }

        if (WithoutSnapshotDate(trimmed) is { } dateless)
        {
            yield return dateless;
        }
    }

    /// <summary>The name without a date snapshot suffix — <c>-2024-08-06</c>, <c>-20241022</c> or <c>@20241022</c> — or null when it has none.</summary>
    public static string? WithoutSnapshotDate(string name)
    {
        var n = name.Length;
        if (n > 11 && name[n - 11] == '-' && AllDigits(name, n - 10, 4) && name[n - 6] == '-' && AllDigits(name, n - 5, 2) && name[n - 3] == '-' && AllDigits(name, n - 2, 2))
        {
            return name.Substring(0, n - 11);
        }

        if (n > 9 && name[n - 9] is '-' or '@' && AllDigits(name, n - 8, 8))
        {
            return name.Substring(0, n - 9);
        }

        return null;
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
