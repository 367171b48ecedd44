using System;
using System.Globalization;

namespace ModelPolicies;

/// <summary>
/// A model's size: an exact parameter count (<c>"3.8B"</c>, <c>"135M"</c>, <c>"1.8T"</c>) or, where the
/// count is undisclosed, a <see cref="ModelSizeTier"/>.
/// </summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
readonly struct ModelSize : IEquatable<ModelSize>
{
    private ModelSize(long parameters, ModelSizeTier tier)
    {
        Parameters = parameters;
        Tier = tier;
    }

    /// <summary>The parameter count, or 0 when only a tier is known.</summary>
    public long Parameters { get; }

    /// <summary>The tier when the count is undisclosed; <see cref="ModelSizeTier.Unspecified"/> when the count is known.</summary>
    public ModelSizeTier Tier { get; }

    /// <summary>True when neither a count nor a tier is known.</summary>
    public bool IsUnknown => Parameters == 0 && Tier == ModelSizeTier.Unspecified;

    /// <summary>A size given by its parameter count.</summary>
    public static ModelSize FromParameters(long parameters) =>
        parameters > 0 ? new ModelSize(parameters, ModelSizeTier.Unspecified) : throw new ArgumentOutOfRangeException(nameof(parameters));

    /// <summary>A size given by a tier alone.</summary>
    public static ModelSize FromTier(ModelSizeTier tier) => new(0, tier);

    /// <summary>
    /// Whether the size is within <paramref name="maxParameters"/>. A <see cref="ModelSizeTier.Small"/> tier is
    /// known to be within the SLM boundary and nothing narrower; the other tiers are beyond it.
    /// </summary>
    public bool IsWithin(long maxParameters, long slmMaxParameters) =>
        Parameters > 0
            ? Parameters <= maxParameters
            : Tier == ModelSizeTier.Small && maxParameters >= slmMaxParameters;

    /// <summary>Parses a parameter count (<c>3.8B</c>) or a tier (<c>small</c>, <c>large</c>, <c>very-large</c>).</summary>
    public static bool TryParse(string? text, out ModelSize size, out string? error)
    {
        size = default;
        if (TryParseTier(text, out var tier))
        {
            size = FromTier(tier);
            error = null;
            return true;
        }

        if (!TryParseParameters(text, out var parameters, out error))
        {
            return false;
        }

        size = FromParameters(parameters);
        return true;
    }

    /// <summary>Parses a size tier: <c>small</c>, <c>large</c> or <c>very-large</c> (case-insensitive).</summary>
    public static bool TryParseTier(string? text, out ModelSizeTier tier)
    {
        tier = ModelVocabulary.ParseSizeTier(text);
        return tier != ModelSizeTier.Unspecified;
    }

    /// <summary>
    /// Parses a parameter count: a positive decimal number followed by <c>M</c>, <c>B</c> or <c>T</c>
    /// (case-insensitive), e.g. <c>"3.8B"</c>. <paramref name="error"/> says what is wrong otherwise.
    /// </summary>
    public static bool TryParseParameters(string? text, out long parameters, out string? error)
    {
        parameters = 0;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = "the size is empty; write a count such as '3.8B' or '135M'";
            return false;
        }

        decimal multiplier = char.ToUpperInvariant(trimmed[trimmed.Length - 1]) switch
        {
            'M' => 1_000_000m,
            'B' => 1_000_000_000m,
            'T' => 1_000_000_000_000m,
            _ => 0m,
        };
        if (multiplier == 0m)
        {
            error = $"'{trimmed}' has no unit; end it with M, B or T, as in '3.8B'";
            return false;
        }

        var number = trimmed.Substring(0, trimmed.Length - 1);
        if (number.Length == 0
            || !IsPlainDecimal(number)
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{trimmed}' is not a number followed by M, B or T, as in '3.8B'";
            return false;
        }

        if (value <= 0m)
        {
            error = $"'{trimmed}' is not a positive size";
            return false;
        }

        var count = value * multiplier;
        if (count > long.MaxValue)
        {
            error = $"'{trimmed}' is too large";
            return false;
        }

        parameters = (long)Math.Round(count, MidpointRounding.AwayFromZero);
        if (parameters == 0)
        {
            error = $"'{trimmed}' is less than one parameter";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Formats a parameter count the way catalogs write it: <c>3.8B</c>, <c>135M</c>, <c>1.8T</c>.</summary>
    public static string FormatParameters(long parameters)
    {
        var (value, unit) = parameters >= 1_000_000_000_000 ? (parameters / 1_000_000_000_000m, "T")
            : parameters >= 1_000_000_000 ? (parameters / 1_000_000_000m, "B")
            : (parameters / 1_000_000m, "M");
        return Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) + unit;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Parameters > 0 ? FormatParameters(Parameters) : ModelVocabulary.Name(Tier) ?? "unknown size";

    /// <inheritdoc/>
    public bool Equals(ModelSize other) => Parameters == other.Parameters && Tier == other.Tier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ModelSize other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Parameters.GetHashCode() * 397) ^ (int)Tier);

    /// <summary>Equality.</summary>
    public static bool operator ==(ModelSize left, ModelSize right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ModelSize left, ModelSize right) => !left.Equals(right);

    // Digits with at most one decimal point: no sign, exponent, thousands separator or spaces.
    private static bool IsPlainDecimal(string text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return dots <= 1 && text != ".";
    }
}
