using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ModelPolicies;

/// <summary>
/// The words of the taxonomy, once: how catalogs, messages, generated code and the run time spell each class,
/// modality, deployment, size tier, task and requirement. Every reader and writer of those words goes through
/// these tables, so a new value is added here and nowhere else.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class ModelVocabulary
{
    /// <summary>Catalog names of the classes (<c>"class": "slm"</c>), with the short names messages use.</summary>
    public static IReadOnlyList<(ModelClass Value, string Name, string ShortName)> Classes { get; } = new[]
    {
        (ModelClass.Llm, "llm", "LLM"),
        (ModelClass.Slm, "slm", "SLM"),
        (ModelClass.Fm, "fm", "FM"),
    };

    /// <summary>
    /// Catalog names of the input modalities (<c>"inputs": ["text", "image"]</c>), the media-type prefix of the
    /// content that carries each, and how a message names one item of it. Text has no media overloads.
    /// </summary>
    public static IReadOnlyList<(Modality Value, string Name, string? MediaTypePrefix, string Noun)> Modalities { get; } = new[]
    {
        (Modality.Text, "text", (string?)null, "text"),
        (Modality.Image, "image", "image/", "image"),
        (Modality.Audio, "audio", "audio/", "audio clip"),
        (Modality.Video, "video", "video/", "video"),
    };

    /// <summary>Catalog names of the deployments (<c>"deployment": ["local", "cloud"]</c>).</summary>
    public static IReadOnlyList<(ModelDeployment Value, string Name)> Deployments { get; } = new[]
    {
        (ModelDeployment.Local, "local"),
        (ModelDeployment.Cloud, "cloud"),
    };

    /// <summary>Catalog names of the size tiers (<c>"size": "large"</c>).</summary>
    public static IReadOnlyList<(ModelSizeTier Value, string Name)> SizeTiers { get; } = new[]
    {
        (ModelSizeTier.Small, "small"),
        (ModelSizeTier.Large, "large"),
        (ModelSizeTier.VeryLarge, "very-large"),
    };

    /// <summary>Catalog names of the tasks (<c>"tasks": ["embedding"]</c>).</summary>
    public static IReadOnlyList<(ModelTask Value, string Name)> Tasks { get; } = new[]
    {
        (ModelTask.Chat, "chat"),
        (ModelTask.Embedding, "embedding"),
        (ModelTask.ImageGeneration, "image-generation"),
        (ModelTask.SpeechToText, "speech-to-text"),
        (ModelTask.TextToSpeech, "text-to-speech"),
    };

    /// <summary>The attribute behind each requirement, as messages write it.</summary>
    public static IReadOnlyList<(Requirement Value, string Marker)> Requirements { get; } = new[]
    {
        (Requirement.Edge, "[Edge]"),
        (Requirement.LowLatency, "[LowLatency]"),
        (Requirement.Multimodal, "[Multimodal]"),
    };

    /// <summary>Every modality flag together.</summary>
    public static Modality AllModalities { get; } = (Modality)Combine(Modalities.Select(m => m.Value));

    /// <summary>Every deployment flag together.</summary>
    public static ModelDeployment AllDeployments { get; } = (ModelDeployment)Combine(Deployments.Select(d => d.Value));

    /// <summary>Every task flag together.</summary>
    public static ModelTask AllTasks { get; } = (ModelTask)Combine(Tasks.Select(t => t.Value));

    /// <summary>True when <paramref name="value"/> is one of the classes.</summary>
    public static bool IsKnown(ModelClass value)
    {
        foreach (var entry in Classes)
        {
            if (entry.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catalog name of a class: <c>llm</c>, <c>slm</c> or <c>fm</c>.</summary>
    public static string Name(ModelClass value)
    {
        foreach (var entry in Classes)
        {
            if (entry.Value == value)
            {
                return entry.Name;
            }
        }

        return value.ToString().ToLowerInvariant();
    }

    /// <summary>The short name of a class: <c>LLM</c>, <c>SLM</c> or <c>FM</c>.</summary>
    public static string ShortName(ModelClass value)
    {
        foreach (var entry in Classes)
        {
            if (entry.Value == value)
            {
                return entry.ShortName;
            }
        }

        return "unknown class";
    }

    /// <summary>The catalog name of a size tier, or null for <see cref="ModelSizeTier.Unspecified"/>.</summary>
    public static string? Name(ModelSizeTier value)
    {
        foreach (var entry in SizeTiers)
        {
            if (entry.Value == value)
            {
                return entry.Name;
            }
        }

        return null;
    }

    /// <summary>The marker of a requirement: <c>[Edge]</c>, <c>[LowLatency]</c> or <c>[Multimodal]</c>.</summary>
    public static string Marker(Requirement value)
    {
        foreach (var entry in Requirements)
        {
            if (entry.Value == value)
            {
                return entry.Marker;
            }
        }

        return "[" + value + "]";
    }

    /// <summary>Modalities as words, in table order: <c>text, image</c>; <c>no</c> for none.</summary>
    public static string Names(Modality values) => Join(Modalities, values, static (entry, flags) => (flags & entry.Value) != 0, static entry => entry.Name);

    /// <summary>Deployments as words: <c>local, cloud</c>; <c>no</c> for none.</summary>
    public static string Names(ModelDeployment values) => Join(Deployments, values, static (entry, flags) => (flags & entry.Value) != 0, static entry => entry.Name);

    /// <summary>Tasks as words: <c>chat, embedding</c>; <c>no</c> for none.</summary>
    public static string Names(ModelTask values) => Join(Tasks, values, static (entry, flags) => (flags & entry.Value) != 0, static entry => entry.Name);

    /// <summary>The class a catalog name means (any case), or null.</summary>
    public static ModelClass? ParseClass(string? name)
    {
        foreach (var entry in Classes)
        {
            if (string.Equals(entry.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The size tier a catalog name means (any case), or <see cref="ModelSizeTier.Unspecified"/>.</summary>
    public static ModelSizeTier ParseSizeTier(string? name)
    {
        var trimmed = name?.Trim();
        foreach (var entry in SizeTiers)
        {
            if (string.Equals(entry.Name, trimmed, System.StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return ModelSizeTier.Unspecified;
    }

    /// <summary>The task a catalog name means (any case), or <see cref="ModelTask.None"/>.</summary>
    public static ModelTask ParseTask(string? name)
    {
        foreach (var entry in Tasks)
        {
            if (string.Equals(entry.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return ModelTask.None;
    }

    /// <summary>"a", "a or b", "a, b or c" of the quoted catalog names of a table, for messages that list what is allowed.</summary>
    public static string Allowed<T>(IReadOnlyList<T> table, System.Func<T, string> name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < table.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == table.Count - 1 ? " or " : ", ").Append('"').Append(name(table[i])).Append('"');
        }

        return text.ToString();
    }

    // The flags of a table's values together (once, at type initialization).
    private static long Combine<T>(IEnumerable<T> values)
        where T : struct
    {
        var bits = 0L;
        foreach (var value in values)
        {
            bits |= System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return bits;
    }

    private static string Join<T, TFlags>(IReadOnlyList<T> table, TFlags flags, System.Func<T, TFlags, bool> has, System.Func<T, string> name)
    {
        var text = new StringBuilder();
        foreach (var entry in table)
        {
            if (has(entry, flags))
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(name(entry));
            }
        }

        return text.Length == 0 ? "no" : text.ToString();
    }
}
