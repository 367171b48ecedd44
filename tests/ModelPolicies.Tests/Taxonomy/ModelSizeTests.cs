extern alias runtime;

using Xunit;

namespace ModelPolicies.Tests.Taxonomy;

// The taxonomy is tested through the runtime library's public copy of the shared sources.
using runtime::ModelPolicies;

public class ModelSizeTests
{
    [Theory]
    [InlineData("3.8B", 3_800_000_000L)]
    [InlineData("135M", 135_000_000L)]
    [InlineData("1.8T", 1_800_000_000_000L)]
    [InlineData("8b", 8_000_000_000L)]
    [InlineData(" 70B ", 70_000_000_000L)]
    [InlineData("0.5B", 500_000_000L)]
    [InlineData("46.7B", 46_700_000_000L)]
    public void Parameter_counts_parse(string text, long expected)
    {
        Assert.True(ModelSize.TryParse(text, out var size, out var error), error);
        Assert.Equal(expected, size.Parameters);
        Assert.Equal(ModelSizeTier.Unspecified, size.Tier);
    }

    [Theory]
    [InlineData("small", ModelSizeTier.Small)]
    [InlineData("Large", ModelSizeTier.Large)]
    [InlineData("very-large", ModelSizeTier.VeryLarge)]
    public void Size_tiers_parse(string text, ModelSizeTier expected)
    {
        Assert.True(ModelSize.TryParse(text, out var size, out _));
        Assert.Equal(expected, size.Tier);
        Assert.Equal(0, size.Parameters);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("3.8", "no unit")]
    [InlineData("3.8G", "no unit")]
    [InlineData("B", "not a number")]
    [InlineData("-3B", "not a number")]
    [InlineData("1e3B", "not a number")]
    [InlineData("1,5B", "not a number")]
    [InlineData("1.2.3B", "not a number")]
    [InlineData("0B", "not a positive size")]
    [InlineData("0.0000001M", "less than one parameter")]
    [InlineData("99999999999T", "too large")]
    [InlineData("huge", "no unit")]
    public void Invalid_sizes_are_rejected_with_a_reason(string text, string reason)
    {
        Assert.False(ModelSize.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData(3_800_000_000L, "3.8B")]
    [InlineData(135_000_000L, "135M")]
    [InlineData(1_800_000_000_000L, "1.8T")]
    [InlineData(15_000_000_000L, "15B")]
    public void Parameter_counts_format_as_catalogs_write_them(long parameters, string expected) =>
        Assert.Equal(expected, ModelSize.FromParameters(parameters).ToString());

    [Fact]
    public void Small_tier_fits_the_slm_boundary_but_not_a_narrower_budget()
    {
        var small = ModelSize.FromTier(ModelSizeTier.Small);
        Assert.True(small.IsWithin(15_000_000_000, 15_000_000_000));
        Assert.False(small.IsWithin(4_000_000_000, 15_000_000_000));
        Assert.False(ModelSize.FromTier(ModelSizeTier.Large).IsWithin(15_000_000_000, 15_000_000_000));
    }
}
