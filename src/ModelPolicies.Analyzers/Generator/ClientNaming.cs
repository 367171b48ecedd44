using System;
using System.Collections.Generic;
using System.Text;

namespace ModelPolicies.Analyzers.Generator;

/// <summary>
/// Turns model ids into typed-client class names (SPEC §5), deterministically and shared by the generator (which
/// emits the names) and the analyzer (which reports collisions, MP0012).
/// </summary>
/// <remarks>
/// The id is cut into runs of ASCII letters and digits; each run starts upper-case and the runs are joined.
/// Digit runs joined by '.' stay together (<c>3.1</c> → <c>31</c>); where any other separator falls between
/// two digits an underscore keeps them apart. So <c>phi-4-mini</c> → <c>Phi4MiniClient</c>, <c>gpt-4o</c> →
/// <c>Gpt4oClient</c>, <c>llama-3.1-8b</c> → <c>Llama31_8bClient</c>. A name that would start with a digit
/// gets a <c>Model</c> prefix; an id with no ASCII letter or digit becomes <c>Model_</c> plus a hash of the id.
/// The <c>Client</c> suffix means no name is ever a C# keyword.
/// </remarks>
internal static class ClientNaming
{
    public static string BaseName(string id)
    {
        var name = new StringBuilder(id.Length + 6);
        var separator = '\0';
        foreach (var c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                if (name.Length > 0 && separator != '\0' && IsDigit(name[name.Length - 1]) && IsDigit(c) && separator != '.')
                {
                    name.Append('_');
                }

                name.Append(name.Length == 0 || separator != '\0' ? char.ToUpperInvariant(c) : c);
                separator = '\0';
            }
            else if (name.Length > 0)
            {
                separator = separator == '\0' ? c : separator == '.' ? c : separator;
            }
        }

        if (name.Length == 0)
        {
            return "Model_" + StableHash(id).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }

        return (IsDigit(name[0]) ? "Model" : string.Empty) + name;
    }

    /// <summary>
    /// Names for every id: ids are taken in ordinal order, and an id whose name is already taken gets
    /// <c>_2</c>, <c>_3</c>… before the <c>Client</c> suffix.
    /// </summary>
    public static Dictionary<string, string> Assign(IEnumerable<string> ids) => Assign(ids, BaseName);

    /// <summary>As <see cref="Assign(IEnumerable{string})"/>, with each id's base name from <paramref name="baseName"/> (already known).</summary>
    public static Dictionary<string, string> Assign(IEnumerable<string> ids, Func<string, string> baseName)
    {
        var sorted = new List<string>(ids);
        sorted.Sort(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in sorted)
        {
            if (names.ContainsKey(id))
            {
                continue;
            }

            var stem = baseName(id);
            var name = stem + "Client";
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}_{n}Client";
            }

            names.Add(id, name);
        }

        return names;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // FNV-1a over UTF-16 code units: stable across processes and runtimes, unlike string.GetHashCode.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
