using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>
/// A model the catalog does not know: refused before sending where the request itself could break the requirement
/// ([Edge]: it leaves the device), judged by the response elsewhere (docs/runtime.md, "Fail closed").
/// </summary>
public class UnknownModelTests
{
    private static readonly Uri Cloud = new("https://contoso.openai.azure.com/");
    private static readonly Uri Ollama = new("http://localhost:11434/");

    [Fact]
    public async Task Edge_request_to_an_unknown_model_in_the_cloud_fails_closed()
    {
        var inner = new FakeChatClient(respondingModelId: "phi-4-mini", providerUri: Cloud);
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("prod-notes-deployment"));

        Assert.Equal(0, inner.Calls);
        Assert.Equal(ModelPolicyViolationKind.UnknownModel, refused.Kind);
        Assert.Equal(new RequirementFailure(Requirement.Edge, PolicyMessages.NotInCatalogReason), Assert.Single(refused.Failures));
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.UnknownModelFormat, "NoteSummarizer", "prod-notes-deployment", "[Edge] (local, ≤ 15B)", ""),
            refused.Message);
    }

    [Fact]
    public async Task Edge_request_to_an_unknown_model_without_an_address_fails_closed()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("my-finetune"));

        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task Edge_request_to_an_unknown_model_on_this_machine_is_judged_by_the_response()
    {
        var known = new FakeChatClient(respondingModelId: "phi-4-mini", providerUri: Ollama);
        var unknown = new FakeChatClient(respondingModelId: "my-finetune:q4", providerUri: Ollama);
        using var knownClient = known.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        using var unknownClient = unknown.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var answer = await knownClient.AskAsync("my-notes-model");
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => unknownClient.AskAsync("my-notes-model"));

        Assert.Equal("phi-4-mini", answer.ModelId);
        Assert.Equal(1, unknown.Calls);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal("my-finetune:q4", refused.ModelId);
        Assert.Equal(ModelPolicyViolationKind.UnknownModel, refused.Kind);
    }

    [Fact]
    public async Task Unknown_model_on_this_machine_fails_closed_when_the_edge_budget_is_below_the_slm_boundary()
    {
        var inner = new FakeChatClient(respondingModelId: "smollm2-135m", providerUri: Ollama);
        using var client = inner.AsBuilder().UseModelPolicy<WatchFaceAssistant>().Build();

        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("my-notes-model"));

        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task Low_latency_request_to_an_unknown_deployment_is_judged_by_the_model_that_answered()
    {
        var fast = new FakeChatClient(respondingModelId: "gpt-4o-mini-2024-07-18", providerUri: Cloud);
        var slow = new FakeChatClient(respondingModelId: "gpt-4o-2024-08-06", providerUri: Cloud);
        using var fastClient = fast.AsBuilder().UseModelPolicy<LiveCaptions>().Build();
        using var slowClient = slow.AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        await fastClient.AskAsync("captions-prod");
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => slowClient.AskAsync("captions-prod"));

        Assert.Equal(1, slow.Calls);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal(ModelPolicyViolationKind.Requirement, refused.Kind);
        Assert.Equal("gpt-4o-2024-08-06", refused.ModelId);
    }

    [Fact]
    public async Task Multimodal_request_to_an_unknown_deployment_is_judged_by_the_model_that_answered()
    {
        var vision = new FakeChatClient(respondingModelId: "gpt-4o", providerUri: Cloud);
        var text = new FakeChatClient(respondingModelId: "llama-3.1-8b", providerUri: Cloud);
        using var visionClient = vision.AsBuilder().UseModelPolicy<PhotoInspector>().Build();
        using var textClient = text.AsBuilder().UseModelPolicy<PhotoInspector>().Build();

        await visionClient.AskAsync("inspector-prod");
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => textClient.AskAsync("inspector-prod"));

        Assert.Equal(Requirement.Multimodal, Assert.Single(refused.Failures).Requirement);
    }

    [Fact]
    public async Task Unknown_model_that_no_response_identifies_is_refused_after_the_response()
    {
        var inner = new FakeChatClient(providerUri: Cloud);
        using var client = inner.AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("captions-prod"));

        Assert.Equal(1, inner.Calls);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal("captions-prod", refused.ModelId);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.UnknownModelFormat, "LiveCaptions", "captions-prod", "[LowLatency] (small or ≤ 300 ms)", ""),
            refused.Message);
    }

    [Fact]
    public async Task Unknown_name_in_a_response_does_not_overturn_a_compliant_request()
    {
        var inner = new FakeChatClient(respondingModelId: "azureml://registries/contoso/models/captions/versions/3", providerUri: Cloud);
        using var client = inner.AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var response = await client.AskAsync("gpt-4o-mini");

        Assert.Equal("ok", response.Text);
    }

    [Fact]
    public async Task Streaming_from_an_unknown_deployment_is_refused_before_the_first_update_naming_a_failing_model()
    {
        var inner = new FakeChatClient(providerUri: Cloud) { StreamedModelIds = new[] { "gpt-4o", null } };
        using var client = inner.AsBuilder().UseModelPolicy<LiveCaptions>().Build();
        var received = new List<ChatResponseUpdate>();

        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.StreamAsync(received, "captions-prod"));

        Assert.Equal(1, inner.StreamingCalls);
        Assert.Empty(received);
    }

    [Fact]
    public async Task Streaming_from_an_unknown_deployment_that_never_names_a_model_is_refused_at_the_end()
    {
        var inner = new FakeChatClient(providerUri: Cloud) { StreamedModelIds = new string?[] { null, null } };
        using var client = inner.AsBuilder().UseModelPolicy<LiveCaptions>().Build();
        var received = new List<ChatResponseUpdate>();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.StreamAsync(received, "captions-prod"));

        Assert.Equal(2, received.Count);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
    }

    [Fact]
    public async Task Edge_request_that_names_no_model_fails_closed()
    {
        var inner = new FakeChatClient(providerUri: Cloud);
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync());

        Assert.Equal(0, inner.Calls);
        Assert.Null(refused.ModelId);
        Assert.Equal(ModelPolicyViolationKind.UnnamedModel, refused.Kind);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.UnnamedModelFormat, "NoteSummarizer", "[Edge] (local, ≤ 15B)"),
            refused.Message);
    }
}
