extern alias runtime;

using Xunit;

namespace ModelPolicies.Tests.Taxonomy;

// The taxonomy is tested through the runtime library's public copy of the shared sources.
using runtime::ModelPolicies;

public class ModelTaxonomyTests
{
    private static readonly ModelRequirements Edge = new(ModelTaxonomy.DefaultSlmMaxParameters, null, Modality.None);
    private static readonly ModelRequirements LowLatency = new(null, ModelTaxonomy.DefaultLowLatencyMaxMilliseconds, Modality.None);
    private static readonly ModelRequirements Image = new(null, null, Modality.Image);

    private static ModelDescriptor Model(string size, Modality inputs = Modality.Text, ModelDeployment deployment = ModelDeployment.Local | ModelDeployment.Cloud, int? latencyMs = null, ModelClass? declared = null)
    {
        Assert.True(ModelSize.TryParse(size, out var parsed, out _));
        return new ModelDescriptor("m", declared ?? ModelTaxonomy.ImpliedClass(parsed, inputs)!.Value, parsed, inputs, deployment, latencyMs);
    }

    // docs/catalog.md, "Model classes": one row per class, and each axis.
    [Theory]
    [InlineData("405B", Modality.Text, ModelClass.Llm)]
    [InlineData("15.1B", Modality.Text, ModelClass.Llm)]
    [InlineData("large", Modality.Text, ModelClass.Llm)]
    [InlineData("very-large", Modality.Text, ModelClass.Llm)]
    [InlineData("3.8B", Modality.Text, ModelClass.Slm)]
    [InlineData("15B", Modality.Text, ModelClass.Slm)]
    [InlineData("small", Modality.Text, ModelClass.Slm)]
    [InlineData("5.6B", Modality.Text | Modality.Image | Modality.Audio, ModelClass.Fm)]
    [InlineData("large", Modality.Text | Modality.Image, ModelClass.Fm)]
    [InlineData("1.55B", Modality.Audio, ModelClass.Fm)]
    public void Size_and_inputs_imply_the_class(string size, Modality inputs, ModelClass expected)
    {
        ModelSize.TryParse(size, out var parsed, out _);
        Assert.Equal(expected, ModelTaxonomy.ImpliedClass(parsed, inputs));
    }

    [Fact]
    public void The_slm_boundary_is_configurable()
    {
        var eight = ModelSize.FromParameters(8_000_000_000);
        Assert.Equal(ModelClass.Slm, ModelTaxonomy.ImpliedClass(eight, Modality.Text));
        Assert.Equal(ModelClass.Llm, ModelTaxonomy.ImpliedClass(eight, Modality.Text, slmMaxParameters: 7_000_000_000));
    }

    [Theory]
    [InlineData(ModelClass.Slm, "70B", Modality.Text, "large language model (llm)")]
    [InlineData(ModelClass.Llm, "3.8B", Modality.Text, "small language model (slm)")]
    [InlineData(ModelClass.Llm, "large", Modality.Text | Modality.Image, "foundation model (fm)")]
    [InlineData(ModelClass.Slm, "4B", Modality.Text | Modality.Audio, "foundation model (fm)")]
    [InlineData(ModelClass.Fm, "3.8B", Modality.Text, "small language model (slm)")]
    public void A_declared_class_that_contradicts_size_or_inputs_says_why(ModelClass declared, string size, Modality inputs, string expected)
    {
        ModelSize.TryParse(size, out var parsed, out _);
        Assert.Contains(expected, ModelTaxonomy.Contradiction(declared, parsed, inputs));
    }

    [Theory]
    [InlineData(ModelClass.Fm, "405B", Modality.Text)] // an LLM is also a foundation model
    [InlineData(ModelClass.Llm, "70B", Modality.Text)]
    [InlineData(ModelClass.Fm, "5.6B", Modality.Text | Modality.Image)]
    public void A_consistent_class_is_not_a_contradiction(ModelClass declared, string size, Modality inputs)
    {
        ModelSize.TryParse(size, out var parsed, out _);
        Assert.Null(ModelTaxonomy.Contradiction(declared, parsed, inputs));
    }

    [Fact]
    public void Edge_passes_a_small_local_model()
    {
        Assert.Empty(ModelTaxonomy.Check(Model("3.8B"), Edge));
    }

    [Fact]
    public void Edge_fails_a_cloud_only_model()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("small", deployment: ModelDeployment.Cloud), Edge));
        Assert.Equal(Requirement.Edge, failure.Requirement);
        Assert.Equal("cloud only", failure.Reason);
    }

    [Fact]
    public void Edge_fails_a_local_model_over_the_budget()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("70B"), Edge));
        Assert.Equal("70B parameters, over the 15B edge budget", failure.Reason);
    }

    [Fact]
    public void Edge_fails_a_large_cloud_model_for_being_cloud_only()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("large", deployment: ModelDeployment.Cloud), Edge));
        Assert.Equal("cloud only", failure.Reason);
    }

    [Fact]
    public void Edge_fails_a_local_model_whose_size_is_only_a_tier_beyond_the_budget()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("large"), Edge));
        Assert.Equal("size 'large', not known to fit the 15B edge budget", failure.Reason);
    }

    [Fact]
    public void A_narrower_edge_budget_fails_a_model_the_default_allows()
    {
        var fourB = new ModelRequirements(4_000_000_000, null, Modality.None);
        Assert.Empty(ModelTaxonomy.Check(Model("3.8B"), fourB));
        Assert.Equal("7B parameters, over the 4B edge budget", Assert.Single(ModelTaxonomy.Check(Model("7B"), fourB)).Reason);
    }

    [Fact]
    public void Low_latency_passes_a_small_model_without_a_latency()
    {
        Assert.Empty(ModelTaxonomy.Check(Model("8B"), LowLatency));
    }

    [Fact]
    public void Low_latency_passes_a_large_model_within_the_budget()
    {
        Assert.Empty(ModelTaxonomy.Check(Model("large", deployment: ModelDeployment.Cloud, latencyMs: 250), LowLatency));
    }

    [Fact]
    public void Low_latency_fails_a_large_model_over_the_budget()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("70B", latencyMs: 900), LowLatency));
        Assert.Equal(Requirement.LowLatency, failure.Requirement);
        Assert.Equal("70B parameters, not small, and 900 ms typical latency, over the 300 ms budget", failure.Reason);
    }

    [Fact]
    public void Low_latency_fails_a_large_model_with_no_latency()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("405B"), LowLatency));
        Assert.Equal("405B parameters, not small, and no catalog latency within the 300 ms budget", failure.Reason);
    }

    [Fact]
    public void Multimodal_passes_a_model_taking_every_named_modality()
    {
        Assert.Empty(ModelTaxonomy.Check(Model("5.6B", Modality.Text | Modality.Image | Modality.Audio), new ModelRequirements(null, null, Modality.Image | Modality.Audio)));
    }

    [Fact]
    public void Multimodal_fails_a_text_only_model_and_names_what_it_lacks()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("3.8B"), Image));
        Assert.Equal(Requirement.Multimodal, failure.Requirement);
        Assert.Equal("takes text only, no image", failure.Reason);
    }

    [Fact]
    public void Multimodal_fails_a_model_lacking_one_of_two_modalities()
    {
        var failure = Assert.Single(ModelTaxonomy.Check(Model("large", Modality.Text | Modality.Image), new ModelRequirements(null, null, Modality.Image | Modality.Audio)));
        Assert.Equal("takes text, image only, no audio", failure.Reason);
    }

    [Fact]
    public void Combined_requirements_report_each_failure_in_order()
    {
        var all = Edge.And(LowLatency).And(Image);
        var failures = ModelTaxonomy.Check(Model("405B", deployment: ModelDeployment.Cloud), all);
        Assert.Equal(new[] { Requirement.Edge, Requirement.LowLatency, Requirement.Multimodal }, System.Linq.Enumerable.Select(failures, f => f.Requirement));
    }

    [Fact]
    public void Combining_requirements_keeps_the_narrower_budget_and_adds_modalities()
    {
        var combined = new ModelRequirements(15_000_000_000, 300, Modality.Image).And(new ModelRequirements(4_000_000_000, 100, Modality.Audio));
        Assert.Equal(4_000_000_000, combined.EdgeMaxParameters);
        Assert.Equal(100, combined.LowLatencyMaxMilliseconds);
        Assert.Equal(Modality.Image | Modality.Audio, combined.Inputs);
        Assert.True(ModelRequirements.None.IsEmpty);
    }

    [Fact]
    public void Describe_names_class_size_and_where_it_runs()
    {
        Assert.Equal("SLM, 3.8B, runs locally", ModelTaxonomy.Describe(Model("3.8B")));
        Assert.Equal("FM, large, cloud only", ModelTaxonomy.Describe(Model("large", Modality.Text | Modality.Image, ModelDeployment.Cloud)));
    }

    // Satisfies skips building reasons; it must agree with Check on every model and requirement.
    [Fact]
    public void Satisfies_agrees_with_Check()
    {
        var models = new[]
        {
            Model("135M"), Model("3.8B"), Model("15B"), Model("15.1B"), Model("small"), Model("large"), Model("very-large"),
            Model("7B", deployment: ModelDeployment.Cloud), Model("70B", latencyMs: 90), Model("405B", deployment: ModelDeployment.Cloud, latencyMs: 900),
            Model("large", Modality.Text | Modality.Image), Model("4B", Modality.Text | Modality.Image | Modality.Audio, ModelDeployment.Local),
        };
        var budgets = new long?[] { null, 100_000_000, 4_000_000_000, ModelTaxonomy.DefaultSlmMaxParameters, 100_000_000_000 };
        var latencies = new int?[] { null, 50, 300 };
        var inputs = new[] { Modality.None, Modality.Image, Modality.Image | Modality.Audio, Modality.Video };
        var checkedPairs = 0;
        foreach (var model in models)
        {
            foreach (var budget in budgets)
            {
                foreach (var latency in latencies)
                {
                    foreach (var input in inputs)
                    {
                        foreach (var slm in new[] { ModelTaxonomy.DefaultSlmMaxParameters, 3_000_000_000 })
                        {
                            var requirements = new ModelRequirements(budget, latency, input);
                            Assert.Equal(ModelTaxonomy.Check(model, requirements, slm).Count == 0, ModelTaxonomy.Satisfies(model, requirements, slm));
                            checkedPairs++;
                        }
                    }
                }
            }
        }

        Assert.Equal(models.Length * budgets.Length * latencies.Length * inputs.Length * 2, checkedPairs);
    }
}
