using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// Turns model ids into typed-client class names (docs/clients.md, "Names"), deterministically. Every type of a model
/// shares one stem, named from the id, and adds its task's suffix: <c>TextEmbedding3Small</c> gives
/// <c>TextEmbedding3SmallEmbeddingGenerator</c>. The catalog builder gives every client its stem once; the generator
/// emits those names and the analyzer reports collisions (MP0012).
/// </summary>
/// <remarks>
/// The id is cut into runs of ASCII letters and digits; each run starts upper-case and the runs are joined.
/// Digit runs joined by '.' stay together (<c>3.1</c> → <c>31</c>); where any other separator falls between
/// two digits an underscore keeps them apart. So <c>phi-4-mini</c> → <c>Phi4MiniClient</c>, <c>gpt-4o</c> →
/// <c>Gpt4oClient</c>, <c>llama-3.1-8b</c> → <c>Llama31_8bClient</c>. A name that would start with a digit
/// gets a <c>Model</c> prefix; an id with no ASCII letter or digit becomes <c>Model_</c> plus a hash of the id.
/// Every suffix ends in <c>Client</c> or <c>Generator</c>, so no name is ever a C# keyword.
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

    /// <summary>Each task's type-name suffix, in the vocabulary's order of tasks: the order of a model's types.</summary>
    public static IReadOnlyList<(ModelTask Task, string Suffix)> TaskSuffixes { get; } = new[]
    {
        (ModelTask.Chat, ChatSuffix),
        (ModelTask.Embedding, "EmbeddingGenerator"),
        (ModelTask.ImageGeneration, "ImageGenerator"),
        (ModelTask.SpeechToText, "SpeechToTextClient"),
        (ModelTask.TextToSpeech, "TextToSpeechClient"),
    };

    /// <summary>The model's types: each task of <paramref name="tasks"/> with its class name, in the order of <see cref="TaskSuffixes"/>.</summary>
    public static IEnumerable<(ModelTask Task, string Name)> TypeNames(string stem, ModelTask tasks)
    {
        foreach (var (task, suffix) in TaskSuffixes)
        {
            if ((tasks & task) != 0)
            {
                yield return (task, stem + suffix);
            }
        }
    }

    /// <summary>
    /// Every name a stem holds, whatever its model's tasks: two stems collide when any of these meet (<c>X</c> and
    /// <c>XSpeechToText</c> both hold <c>XSpeechToTextClient</c>), so adding or removing a task never renames a client.
    /// </summary>
    public static IEnumerable<string> HeldNames(string stem) => TypeNames(stem, ModelVocabulary.AllTasks).Select(static type => type.Name);

    /// <summary>True when <paramref name="stem"/> holds a name that one of <paramref name="stems"/> holds.</summary>
    public static bool Meets(string stem, HashSet<string> stems)
    {
        if (stems.Contains(stem) || HasShorterRival(stem, stems))
        {
            return true;
        }

        foreach (var rest in Rests)
        {
            if (stems.Contains(stem + rest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The stem of every id: ids are taken in ordinal order, and an id whose stem holds a name already held gets
    /// <c>_2</c>, <c>_3</c>… after its stem. Ids are compared case-insensitively, as catalog ids are.
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

        // Two distinct stems meet only when one is the other and a rest; looking from the longer side finds every pair.
        if (!collide && !bases.Values.Any(stem => HasShorterRival(stem, distinct)))
        {
            // No numbering, and so no ordering: the usual case, and the cheap one for large catalogs.
            return bases;
        }

        var sorted = new List<string>(bases.Keys);
        sorted.Sort(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(bases.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var id in sorted)
        {
            var stem = bases[id];
            var given = stem;
            for (var n = 2; HeldNames(given).Any(taken.Contains); n++)
            {
                given = $"{stem}_{n}";
            }

            taken.UnionWith(HeldNames(given));
            stems.Add(id, given);
        }

        return stems;
    }

    // What one suffix has before another it ends with ("SpeechToText" of SpeechToTextClient and Client): the only way two
    // distinct stems hold one name is that one is the other and such a rest.
    private static readonly string[] Rests = TaskSuffixes
        .SelectMany(longer => TaskSuffixes
            .Where(shorter => longer.Suffix.Length > shorter.Suffix.Length && longer.Suffix.EndsWith(shorter.Suffix, StringComparison.Ordinal))
            .Select(shorter => longer.Suffix.Substring(0, longer.Suffix.Length - shorter.Suffix.Length)))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    // Whether stems holds this stem less one of its rests; allocates only for a stem that ends in a rest.
    private static bool HasShorterRival(string stem, HashSet<string> stems)
    {
        foreach (var rest in Rests)
        {
            if (stem.Length > rest.Length && stem.EndsWith(rest, StringComparison.Ordinal) && stems.Contains(stem.Substring(0, stem.Length - rest.Length)))
            {
                return true;
            }
        }

        return false;
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
