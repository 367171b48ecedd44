using System;
using System.Collections.Generic;

namespace ModelPolicies;

/// <summary>
/// How a model name as users type it is looked up (docs/catalog.md, "Name matching"): when the catalog does not know
/// the name itself, the forms this yields are tried in order — each one step less specific than the one before — and
/// the first one the catalog knows wins. The analyzer, the code fixes and the run time all match names through it.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
static class ModelNames
{
    // Enough for the longest real names (a Bedrock id with a region, a date and a version; a Foundry Local variant).
    private const int MaxForms = 48;

    private static readonly string[] Prefixes =
    {
        "https://huggingface.co/", "huggingface.co/", "hf.co/", "https://ollama.com/library/", "ollama.com/library/",
        "registry.ollama.ai/library/",
    };

    // Bedrock: a cross-region inference profile, then the provider ("us.anthropic.claude-3-haiku-20240307-v1:0").
    private static readonly string[] Regions = { "us.", "eu.", "apac.", "global.", "us-gov." };

    private static readonly string[] Providers =
    {
        "anthropic.", "meta.", "mistral.", "amazon.", "cohere.", "ai21.", "deepseek.", "openai.", "qwen.", "google.",
    };

    // Suffixes that name a release rather than a model.
    private static readonly string[] ReleaseSuffixes = { "-latest", "-preview", "-exp", "-experimental" };

    // Trailing tokens that name how a model is packaged — quantization, precision, runtime, device, context length,
    // instruction tuning — not which model it is (Foundry Local variants, ONNX folders, GGUF files, Hugging Face repos).
    private static readonly HashSet<string> VariantTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "gguf", "onnx", "ggml", "mlx", "awq", "gptq", "exl2", "bnb", "4bit", "8bit",
        "fp16", "fp32", "bf16", "f16", "f32", "int4", "int8", "uint8", "w4a16", "rtn", "block", "acc", "level",
        "cpu", "gpu", "cuda", "dml", "directml", "npu", "qnn", "openvino", "generic", "mobile", "web", "and", "test",
        "instruct", "it", "chat", "hf",
        "4k", "8k", "16k", "32k", "64k", "128k", "1m",
    };

    /// <summary>
    /// The forms of <paramref name="name"/> to look up after the name itself, most specific first (docs/catalog.md,
    /// "Name matching"): trimmed; without a hub prefix (<c>hf.co/</c>), a Bedrock region or provider, a Gemini or Vertex
    /// path (<c>models/</c>); an Ollama tag reduced to its size (<c>llama3.1:8b-instruct-q4_K_M</c> → <c>llama3.1:8b</c>)
    /// or dropped when it names none (<c>:latest</c>, <c>:instruct</c>); a Hugging Face quantization tag
    /// (<c>…-GGUF:IQ4_XS</c>); a date or version snapshot (<c>-2024-08-06</c>, <c>-20241022</c>, <c>@20241022</c>,
    /// <c>-0613</c>, <c>-001</c>, <c>-v1:0</c>) or a release suffix (<c>-latest</c>, <c>-preview</c>); a repository's
    /// organization (<c>bartowski/</c>); a file extension; and one packaging token at a time from the end
    /// (<c>-q4_k_m</c>, <c>.Q4_K_M</c>, <c>-cuda-gpu</c>, <c>-cpu-int4-rtn-block-32</c>, <c>-instruct</c>, <c>-4k</c>).
    /// </summary>
    public static IEnumerable<string> LookupForms(string name)
    {
        if (name is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var queue = new Queue<string>();
        queue.Enqueue(name.Trim());
        var yielded = 0;
        while (queue.Count > 0 && yielded < MaxForms)
        {
            var form = queue.Dequeue();
            if (form.Length == 0)
            {
                continue;
            }

            if (seen.Add(form))
            {
                yielded++;
                yield return form;
            }

            foreach (var reduced in Reductions(form))
            {
                if (reduced.Length > 0 && !seen.Contains(reduced))
                {
                    queue.Enqueue(reduced);
                }
            }
        }
    }

    /// <summary>
    /// The names a local model path may go by, from its last segment back: <c>models/phi3/cpu-int4-rtn-block-32</c> is
    /// <c>cpu-int4-rtn-block-32</c> (a variant folder), then <c>phi3</c>. File extensions are dropped.
    /// </summary>
    public static IEnumerable<string> PathSegments(string path)
    {
        if (path is null)
        {
            yield break;
        }

        var segments = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var segment = segments[i].Trim();
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.EndsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            yield return WithoutExtension(segment);
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

    // Each way a form can lose one piece of what it says beyond the model's name.
    private static IEnumerable<string> Reductions(string form)
    {
        foreach (var prefix in Prefixes)
        {
            if (form.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return form.Substring(prefix.Length);
            }
        }

        var models = form.LastIndexOf("models/", StringComparison.OrdinalIgnoreCase);
        if (models >= 0 && (models == 0 || form[models - 1] == '/'))
        {
            yield return form.Substring(models + "models/".Length); // Gemini "models/gemini-1.5-pro", Vertex "publishers/google/models/…"
        }

        if (form.IndexOf('/') < 0)
        {
            foreach (var prefix in Regions)
            {
                if (form.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    yield return form.Substring(prefix.Length);
                }
            }

            foreach (var prefix in Providers)
            {
                if (form.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && form.Length > prefix.Length && char.IsLetter(form[prefix.Length]))
                {
                    yield return form.Substring(prefix.Length);
                }
            }
        }

        if (BedrockVersion(form) is { } unversioned)
        {
            yield return unversioned;
        }

        var colon = form.LastIndexOf(':');
        if (colon > 0 && BedrockVersion(form) is null)
        {
            foreach (var tagless in WithoutTag(form, colon))
            {
                yield return tagless;
            }
        }

        if (WithoutSnapshotDate(form) is { } dateless)
        {
            yield return dateless;
        }

        if (WithoutShortVersion(form) is { } unsnapshotted)
        {
            yield return unsnapshotted;
        }

        foreach (var suffix in ReleaseSuffixes)
        {
            if (form.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && form.Length > suffix.Length)
            {
                yield return form.Substring(0, form.Length - suffix.Length);
            }
        }

        var slash = form.IndexOf('/');
        if (slash > 0 && slash == form.LastIndexOf('/') && slash < form.Length - 1)
        {
            yield return form.Substring(slash + 1); // a repository's organization
        }

        if (WithoutExtension(form) is var bare && bare.Length != form.Length)
        {
            yield return bare;
        }

        if (WithoutVariantToken(form) is { } plainer)
        {
            yield return plainer;
        }
    }

    // An Ollama tag reduced to its size, or dropped where it names none; a Hugging Face repository's quantization tag.
    private static IEnumerable<string> WithoutTag(string form, int colon)
    {
        var model = form.Substring(0, colon);
        var tag = form.Substring(colon + 1);
        if (model.IndexOf('/') >= 0 || tag.Length == 0)
        {
            yield return model; // "bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS"
            yield break;
        }

        var dash = tag.IndexOf('-');
        var first = dash < 0 ? tag : tag.Substring(0, dash);
        if (IsSizeTag(first))
        {
            if (dash >= 0)
            {
                yield return model + ":" + first; // "llama3.1:8b-instruct-q4_K_M" → "llama3.1:8b"
            }
        }
        else
        {
            yield return model; // ":latest", ":instruct", ":q4_K_M": the provider's default size
        }
    }

    // "8b", "0.5b", "70b", "8x7b", "e4b", "135m", "medium", "mini": a tag that names a size.
    private static bool IsSizeTag(string tag)
    {
        if (tag.Equals("mini", StringComparison.OrdinalIgnoreCase) || tag.Equals("small", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("medium", StringComparison.OrdinalIgnoreCase) || tag.Equals("large", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var last = tag.Length > 0 ? char.ToLowerInvariant(tag[tag.Length - 1]) : '\0';
        if (last is not ('b' or 'm' or 't'))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in tag.Substring(0, tag.Length - 1))
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not ('.' or 'x' or 'e' or 'X' or 'E'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    // "-v1:0", "-v2" at the end of a Bedrock id.
    private static string? BedrockVersion(string form)
    {
        var v = form.LastIndexOf("-v", StringComparison.OrdinalIgnoreCase);
        if (v <= 0 || v + 2 >= form.Length)
        {
            return null;
        }

        for (var i = v + 2; i < form.Length; i++)
        {
            if (form[i] is not ((>= '0' and <= '9') or ':'))
            {
                return null;
            }
        }

        return char.IsDigit(form[v + 2]) ? form.Substring(0, v) : null;
    }

    // "-0613" (a month and day: OpenAI's legacy snapshots), "-001" (Gemini's versions) at the end.
    private static string? WithoutShortVersion(string form)
    {
        var n = form.Length;
        if (n > 5 && form[n - 5] == '-' && AllDigits(form, n - 4, 4) && form[n - 4] is '0' or '1')
        {
            return form.Substring(0, n - 5);
        }

        if (n > 4 && form[n - 4] == '-' && AllDigits(form, n - 3, 3))
        {
            return form.Substring(0, n - 4);
        }

        return null;
    }

    private static string WithoutExtension(string form)
    {
        foreach (var extension in new[] { ".gguf", ".onnx", ".bin", ".safetensors", ".ggml", ".pt", ".pth" })
        {
            if (form.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && form.Length > extension.Length)
            {
                return form.Substring(0, form.Length - extension.Length);
            }
        }

        return form;
    }

    // The form without its last packaging token ("-q4_k_m", ".Q4_K_M", "-cuda", "-instruct"), or null when its last
    // token names the model itself.
    private static string? WithoutVariantToken(string form)
    {
        var cut = form.Length;
        var end = form.Length;
        while (cut > 0 && form[cut - 1] is not ('-' or '.' or '_' or '/'))
        {
            cut--;
        }

        if (cut <= 1 || form[cut - 1] == '/')
        {
            return null;
        }

        var token = form.Substring(cut, end - cut);

        // A quantization such as q4_k_m is cut at '_' into "q4", "k", "m": take its pieces together.
        var start = cut - 1;
        if (IsQuantizationPiece(token))
        {
            while (start > 0 && form[start] == '_')
            {
                var previous = start;
                while (previous > 0 && form[previous - 1] is not ('-' or '.' or '_' or '/'))
                {
                    previous--;
                }

                var piece = form.Substring(previous, start - previous);
                if (piece.Length == 0 || !IsQuantizationPiece(piece))
                {
                    break;
                }

                token = piece + "_" + token;
                start = previous - 1;
            }
        }

        if (IsNumber(token))
        {
            // A number is packaging only after a packaging word ("-block-32", "-level-4"); "phi-3" names a model.
            var word = start;
            while (word > 0 && form[word - 1] is not ('-' or '.' or '_' or '/'))
            {
                word--;
            }

            var before = word < start ? form.Substring(word, start - word) : string.Empty;
            if (!VariantTokens.Contains(before) && !IsVersion(before))
            {
                return null;
            }
        }
        else if (!VariantTokens.Contains(token) && !IsQuantization(token) && !IsVersion(token))
        {
            return null;
        }

        return start > 0 ? form.Substring(0, start) : null;
    }

    // q4, q4_0, q4_k_m, iq4_xs, q8_0, k, m, s, xs, xl, l: the pieces of a llama.cpp quantization name.
    private static bool IsQuantizationPiece(string piece) =>
        IsQuantization(piece) || piece.Equals("k", StringComparison.OrdinalIgnoreCase) || piece.Equals("m", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("s", StringComparison.OrdinalIgnoreCase) || piece.Equals("l", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("xs", StringComparison.OrdinalIgnoreCase) || piece.Equals("xl", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("xxs", StringComparison.OrdinalIgnoreCase) || piece.Equals("nl", StringComparison.OrdinalIgnoreCase) || IsNumber(piece);

    private static bool IsQuantization(string token)
    {
        var t = token.StartsWith("iq", StringComparison.OrdinalIgnoreCase) ? token.Substring(2)
            : token.StartsWith("q", StringComparison.OrdinalIgnoreCase) ? token.Substring(1)
            : null;
        if (t is null || t.Length == 0 || !char.IsDigit(t[0]))
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // "v0", "v2": a release of a model ("mistral-7b-instruct-v0.2" is cut at '.' into "v0" and "2").
    private static bool IsVersion(string token) =>
        token.Length > 1 && token[0] is 'v' or 'V' && AllDigits(token, 1, token.Length - 1);

    private static bool IsNumber(string token) => token.Length > 0 && AllDigits(token, 0, token.Length);

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
