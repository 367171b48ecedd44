using System;
using System.Collections.Generic;
using System.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// Turns model ids into typed-client class names (docs/clients.md, "Names"), deterministically. The catalog builder
/// names every client once; the generator emits those names and the analyzer reports collisions (MP0012).
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

    /// <summary>The suffix of a chat client's class name.</summary>
    public const string ChatSuffix = "Client";

    /// <summary>
    /// Names for every id: ids are taken in ordinal order, and an id whose name is already taken gets
    /// <c>_2</c>, <c>_3</c>… before the <c>Client</c> suffix. Ids are compared case-insensitively, as catalog ids are.
    /// </summary>
    public static Dictionary<string, string> Assign(IEnumerable<string> ids)
    {
        var bases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var collide = false;
        foreach (var id in ids)
        {
            if (!bases.ContainsKey(id))
            {
                var stem = BaseName(id);
                bases.Add(id, stem);
                collide |= !distinct.Add(stem);
            }
        }

        var names = new Dictionary<string, string>(bases.Count, StringComparer.OrdinalIgnoreCase);
        if (!collide)
        {
            // Distinct base names need no numbering, and so no ordering: the usual case, and the cheap one for large catalogs.
            foreach (var pair in bases)
            {
                names.Add(pair.Key, pair.Value + ChatSuffix);
            }

            return names;
        }

        var sorted = new List<string>(bases.Keys);
        sorted.Sort(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in sorted)
        {
            var stem = bases[id];
            var name = stem + ChatSuffix;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}_{n}{ChatSuffix}";
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
