using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>GetService passes through, as on every Microsoft.Extensions.AI middleware.</summary>
public class GetServiceTests
{
    [Fact]
    public void Metadata_and_the_inner_client_are_found_through_the_enforced_client()
    {
        var inner = new FakeChatClient(defaultModelId: "phi-4-mini");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        Assert.Equal("phi-4-mini", client.GetService<ChatClientMetadata>()?.DefaultModelId);
        Assert.Same(inner, client.GetService<FakeChatClient>());
        Assert.IsType<ModelPolicyChatClient>(client.GetService<ModelPolicyChatClient>());
        Assert.Same(client, client.GetService<IChatClient>());
    }

    [Fact]
    public void Keyed_requests_go_to_the_inner_client()
    {
        using var client = new FakeChatClient(defaultModelId: "phi-4-mini").AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        Assert.Null(client.GetService(typeof(ModelPolicyChatClient), "some-key"));
    }

    [Fact]
    public void The_enforced_policy_is_that_of_the_context()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var policy = client.GetService<ModelPolicyChatClient>()!.Policy;

        Assert.Equal(new ModelRequirements(null, ModelTaxonomy.DefaultLowLatencyMaxMilliseconds, Modality.None), policy.Requirements);
        Assert.Same(TestCatalog.Settings, policy.Settings);
        Assert.Equal("LiveCaptions", policy.ContextName);
    }
}
