using System;
using System.Linq;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;
using static ModelPolicies.Runtime.Tests.Infrastructure.DynamicContexts;

namespace ModelPolicies.Runtime.Tests.Contexts;

/// <summary>A context type's requirements, read as the analyzer reads them: the assembly, then each containing type, then the type (docs/rules/MP0001.md, "Contexts").</summary>
public class ContextRequirementsTests
{
    private const long B = 1_000_000_000;

    [Fact]
    public void Requirements_accumulate_from_the_assembly_through_containing_types_to_the_type()
    {
        var assembly = Assembly("Contoso.Wearables", LowLatency(200), AllowModel("contoso-assembly-model"));
        var outer = Type(assembly, "Contoso.Wearables.Watch", Multimodal(Modality.Audio), Edge("70B"), AllowModel("contoso-watch-model"));
        var inner = Nested(outer, "Dictation", Edge("4B"), Multimodal());
        outer.CreateType();
        var dictation = inner.CreateType();

        var policy = ModelPolicy.For(dictation, TestCatalog.Settings);

        Assert.Equal(new ModelRequirements(4 * B, 200, Modality.Audio | Modality.Image), policy.Requirements);
        Assert.Equal(new[] { "contoso-assembly-model", "contoso-watch-model" }, policy.AllowedModels);
        Assert.Equal("Dictation", policy.ContextName);
    }

    [Fact]
    public void Edge_budget_on_an_attribute_narrows_the_default_but_never_widens_it()
    {
        var assembly = Assembly("Contoso.Budgets");
        var wide = Type(assembly, "Contoso.Budgets.Wide", Edge("70B")).CreateType();
        var bad = Type(assembly, "Contoso.Budgets.Bad", Edge("lots")).CreateType();

        Assert.Equal(15 * B, ModelPolicy.For(wide, TestCatalog.Settings).Requirements.EdgeMaxParameters);
        Assert.Equal(15 * B, ModelPolicy.For(bad, TestCatalog.Settings).Requirements.EdgeMaxParameters);
    }

    [Fact]
    public void Attributes_without_budgets_take_the_settings_defaults()
    {
        var settings = new ModelPolicySettings(TestCatalog.Catalog, new ContextDefaults(8 * B, 150));

        Assert.Equal(new ModelRequirements(8 * B, null, Modality.None), ModelPolicy.For<NoteSummarizer>(settings).Requirements);
        Assert.Equal(new ModelRequirements(null, 150, Modality.None), ModelPolicy.For<LiveCaptions>(settings).Requirements);
        Assert.Equal(new ModelRequirements(null, null, Modality.Image), ModelPolicy.For<PhotoInspector>(settings).Requirements);
    }

    [Fact]
    public void Nested_types_of_this_assembly_take_their_containing_types_attributes()
    {
        var policy = ModelPolicy.For<OnDevice.Keyboard.Dictation>();

        Assert.Equal(new ModelRequirements(15 * B, 100, Modality.Audio), policy.Requirements);
        Assert.Equal(new[] { "contoso-assembly-wide", "contoso-dictation" }, policy.AllowedModels.ToArray());
    }

    [Fact]
    public void The_policy_of_a_context_is_read_once_per_settings()
    {
        Assert.Same(ModelPolicy.For<NoteSummarizer>(), ModelPolicy.For(typeof(NoteSummarizer)));
    }

    [Theory]
    [InlineData(null, 15 * B)]
    [InlineData("4B", 4 * B)]
    [InlineData("70B", 15 * B)]
    [InlineData("four", 15 * B)]
    public void Edge_facts_become_an_edge_budget(string? maxParameters, long expected)
    {
        var builder = new ContextRequirementsBuilder(ContextDefaults.Default);
        builder.AddEdge(maxParameters);

        Assert.Equal(new ModelRequirements(expected, null, Modality.None), builder.ToRequirements());
    }

    [Theory]
    [InlineData(null, 300)]
    [InlineData(0, 300)]
    [InlineData(-5, 300)]
    [InlineData(120, 120)]
    public void Low_latency_facts_become_a_latency_budget(int? maxMilliseconds, int expected)
    {
        var builder = new ContextRequirementsBuilder(ContextDefaults.Default);
        builder.AddLowLatency(maxMilliseconds);

        Assert.Equal(new ModelRequirements(null, expected, Modality.None), builder.ToRequirements());
    }

    [Fact]
    public void Multimodal_without_an_argument_requires_image_and_with_one_requires_it()
    {
        var bare = new ContextRequirementsBuilder(ContextDefaults.Default);
        bare.AddMultimodal(null);
        var named = new ContextRequirementsBuilder(ContextDefaults.Default);
        named.AddMultimodal(Modality.Audio | Modality.Video);

        Assert.Equal(Modality.Image, bare.ToRequirements().Inputs);
        Assert.Equal(Modality.Audio | Modality.Video, named.ToRequirements().Inputs);
    }

    [Fact]
    public void No_facts_are_no_requirements()
    {
        Assert.Same(ModelRequirements.None, new ContextRequirementsBuilder(ContextDefaults.Default).ToRequirements());
        Assert.Throws<ArgumentNullException>(() => new ContextRequirementsBuilder(null!));
    }
}
