using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Options;

/// <summary>An option whose value could not be used (reported as MP0011).</summary>
internal readonly record struct OptionProblem(string Key, string Value, string Reason, string Outcome);

/// <summary>
/// The compilation-wide options (docs/configuration.md), read from analyzer config (<c>.globalconfig</c>, or MSBuild
/// properties made compiler-visible). An invalid value is kept as a problem and the default is used.
/// </summary>
internal sealed record PolicyOptions(
    long SlmMaxParameters,
    long EdgeMaxParameters,
    int LowLatencyMaxMilliseconds,
    bool BuiltInCatalog,
    ImmutableArray<string> ExtraSinks,
    string? CatalogPath,
    ImmutableArray<OptionProblem> Problems)
{
    public const string SlmMaxParametersKey = "model_policies.slm_max_parameters";
    public const string EdgeMaxParametersKey = "model_policies.edge_max_parameters";
    public const string LowLatencyMaxMsKey = "model_policies.low_latency_max_ms";
    public const string BuiltInCatalogKey = "model_policies.builtin_catalog";
    public const string ModelIdSinksKey = "model_policies.model_id_sinks";
    public const string CatalogPathKey = "build_property.ModelPoliciesCatalog";

    public static PolicyOptions Default { get; } = Read(EmptyOptions.Instance);

    public static PolicyOptions Read(AnalyzerConfigOptions options)
    {
        var problems = ImmutableArray.CreateBuilder<OptionProblem>();

        var slm = ReadParameters(SlmMaxParametersKey, ModelTaxonomy.DefaultSlmMaxParameters, "the default 15B is used");
        var edge = ReadParameters(EdgeMaxParametersKey, slm, "the SLM boundary is used");

        var latency = ModelTaxonomy.DefaultLowLatencyMaxMilliseconds;
        if (TryGet(LowLatencyMaxMsKey, out var latencyText))
        {
            if (int.TryParse(latencyText, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0)
            {
                latency = ms;
            }
            else
            {
                problems.Add(new(LowLatencyMaxMsKey, latencyText, "expected a positive whole number of milliseconds", "the default 300 is used"));
            }
        }

        var builtIn = true;
        if (TryGet(BuiltInCatalogKey, out var builtInText) && !bool.TryParse(builtInText, out builtIn))
        {
            builtIn = true;
            problems.Add(new(BuiltInCatalogKey, builtInText, "expected true or false", "the default true is used"));
        }

        var sinks = ImmutableArray<string>.Empty;
        if (TryGet(ModelIdSinksKey, out var sinksText))
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var part in SplitSinks(sinksText))
            {
                var sink = part.Trim();
                if (sink.Length == 0)
                {
                    continue;
                }

                if (sink.Length > 2 && sink[1] == ':' && sink[0] is 'M' or 'P' or 'F')
                {
                    builder.Add(sink);
                }
                else
                {
                    problems.Add(new(ModelIdSinksKey, sink, "expected a documentation-comment id of a method, property or field, such as 'M:Contoso.Ai.Client.Ask(System.String)'", "this sink is ignored"));
                }
            }

            sinks = builder.ToImmutable();
        }

        TryGet(CatalogPathKey, out var catalogPath);

        return new PolicyOptions(slm, edge, latency, builtIn, sinks, catalogPath, problems.ToImmutable());

        bool TryGet(string key, out string value)
        {
            if (options.TryGetValue(key, out var raw) && !string.IsNullOrWhiteSpace(raw))
            {
                value = raw.Trim();
                return true;
            }

            value = string.Empty;
            return false;
        }

        long ReadParameters(string key, long fallback, string fallbackText)
        {
            if (!TryGet(key, out var text))
            {
                return fallback;
            }

            if (ModelSize.TryParseParameters(text, out var parameters, out var error))
            {
                return parameters;
            }

            problems.Add(new(key, text, error!, fallbackText));
            return fallback;
        }
    }

    /// <summary>What a context attribute without its own budget means: the edge and latency budgets of these options.</summary>
    public ContextDefaults ContextDefaults => new(EdgeMaxParameters, LowLatencyMaxMilliseconds);

    /// <summary>These options with another catalog path (the generator reads only that one option).</summary>
    public PolicyOptions With(string? catalogPath) => this with { CatalogPath = catalogPath };

    /// <summary>True when <paramref name="path"/> is a catalog file: <c>models.json</c>, <c>*.models.json</c>, or the <c>ModelPoliciesCatalog</c> file.</summary>
    public bool IsCatalogFile(string path)
    {
        var name = FileName(path);
        if (name.Equals("models.json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".models.json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (CatalogPath is not { Length: > 0 } configured)
        {
            return false;
        }

        var file = Normalize(path);
        var wanted = Normalize(configured);
        return file.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || file.EndsWith("/" + wanted.TrimStart('.', '/'), StringComparison.OrdinalIgnoreCase);
    }

    // Sinks are separated by ';' or by ',' outside parentheses: Roslyn's config parser cuts a value at ';' (a
    // comment), and ',' also separates the parameter types of a method id.
    private static System.Collections.Generic.IEnumerable<string> SplitSinks(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ';';
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == ';' || (c == ',' && depth <= 0))
            {
                if (i > start)
                {
                    yield return text.Substring(start, i - start);
                }

                start = i + 1;
                depth = 0;
            }
        }
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
