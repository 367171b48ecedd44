using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>The request's model, checked before the request is sent (docs/runtime.md).</summary>
public class ChatRequestTests
{
    [Fact]
    public async Task Edge_request_to_a_cloud_model_is_refused_before_sending()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o"));

        Assert.Equal(0, inner.Calls);
        Assert.Equal("gpt-4o", refused.ModelId);
        Assert.Equal(ModelPolicyViolationKind.Requirement, refused.Kind);
        Assert.Equal(ModelPolicyPhase.Request, refused.Phase);
        Assert.Equal(ModelTask.Chat, refused.Task);
        Assert.Equal("NoteSummarizer", refused.ContextName);
        var failure = Assert.Single(refused.Failures);
        Assert.Equal(new RequirementFailure(Requirement.Edge, "cloud only"), failure);
        Assert.Equal(new ModelRequirements(ModelTaxonomy.DefaultSlmMaxParameters, null, Modality.None), refused.Requirements);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "NoteSummarizer", "gpt-4o", "FM", "cloud only", ", such as 'smollm2-135m'", ""),
            refused.Message);
        Assert.Equal(new[] { refused.Message }, refused.Messages);
    }

    [Fact]
    public async Task Request_without_a_model_in_its_options_is_judged_by_the_inner_clients_default_model()
    {
        var inner = new FakeChatClient(defaultModelId: "llama-3.1-405b");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync());

        Assert.Equal(0, inner.Calls);
        Assert.Equal("llama-3.1-405b", refused.ModelId);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "NoteSummarizer", "llama-3.1-405b", "LLM", "405B parameters, over the 15B edge budget", ", such as 'llama-3.1-8b'", ""),
            refused.Message);
    }

    [Fact]
    public async Task Model_in_the_options_is_judged_rather_than_the_default()
    {
        var inner = new FakeChatClient(defaultModelId: "gpt-4o");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var response = await client.AskAsync("phi-4-mini");

        Assert.Equal("ok", response.Text);
        Assert.Equal("phi-4-mini", inner.LastOptions?.ModelId);
    }

    [Fact]
    public async Task Compliant_request_reaches_the_inner_client_with_the_callers_options()
    {
        var inner = new FakeChatClient(respondingModelId: "phi-4-mini");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        var options = new ChatOptions { ModelId = "phi4-mini" };

        await client.GetResponseAsync("Summarize my notes", options);

        Assert.Equal(1, inner.Calls);
        Assert.Same(options, inner.LastOptions);
    }

    [Fact]
    public async Task Narrowed_edge_budget_refuses_a_model_within_the_slm_boundary()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<WatchFaceAssistant>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("phi-4-mini"));

        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "WatchFaceAssistant", "phi-4-mini", "SLM", "3.8B parameters, over the 1B edge budget", ", such as 'smollm2-135m'", ""),
            refused.Message);
    }

    [Fact]
    public async Task Low_latency_request_to_a_large_model_without_a_fast_latency_is_refused()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o"));

        Assert.Equal(Requirement.LowLatency, Assert.Single(refused.Failures).Requirement);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.LowLatencyModelFormat, "LiveCaptions", "gpt-4o", "FM", "size 'large', not small, and no catalog latency within the 300 ms budget", ", such as 'gpt-4o-mini'", ""),
            refused.Message);
    }

    [Fact]
    public async Task Multimodal_request_to_a_text_only_model_is_refused_in_the_analyzers_words()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<PhotoInspector>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("phi-4-mini"));

        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.MultimodalModelFormat, "PhotoInspector", "phi-4-mini", "SLM", "takes text only, no image", ", such as 'phi-4-multimodal'", "image", ""),
            refused.Message);
    }

    [Fact]
    public async Task Every_failed_requirement_is_one_message_and_one_failure()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<OnDevice.Keyboard.Dictation>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o"));

        Assert.Equal(new[] { Requirement.Edge, Requirement.LowLatency, Requirement.Multimodal }, refused.Failures.Select(f => f.Requirement));
        Assert.Equal(3, refused.Messages.Count);
        Assert.Equal(string.Join(Environment.NewLine, refused.Messages), refused.Message);
    }

    [Fact]
    public async Task Allow_model_on_the_context_exempts_that_model_by_any_of_its_names()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<TenantSummarizer>().Build();

        await client.AskAsync("gpt-4o");
        await client.AskAsync("gpt-4o-2024-08-06");
        await client.AskAsync("GPT-4o-latest");

        Assert.Equal(3, inner.Calls);
        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o-mini"));
    }

    [Fact]
    public async Task Allow_model_on_the_assembly_exempts_an_unknown_model_in_every_context()
    {
        var inner = new FakeChatClient(respondingModelId: "contoso-assembly-wide");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        await client.AskAsync("contoso-assembly-wide");

        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Chat_request_to_an_embedding_model_is_refused_in_any_context()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<Anywhere>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("text-embedding-3-small"));

        Assert.Equal(0, inner.Calls);
        Assert.Equal(ModelPolicyViolationKind.Task, refused.Kind);
        Assert.Empty(refused.Failures);
        Assert.True(refused.Requirements.IsEmpty);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.TaskMismatchFormat, "Anywhere", "text-embedding-3-small", "FM", "embedding", "chat", ", such as 'gpt-4o'"),
            refused.Message);
    }

    [Fact]
    public async Task Allow_model_does_not_make_an_embedding_model_chat()
    {
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy(typeof(TenantSummarizer)).Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("nomic-embed-text"));

        Assert.Equal(ModelPolicyViolationKind.Task, refused.Kind);
    }

    [Fact]
    public async Task Context_without_requirements_lets_any_chat_model_through()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<Anywhere>().Build();

        await client.AskAsync("gpt-4o");
        await client.AskAsync("a-model-nobody-catalogued");
        await client.AskAsync();

        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task Requirements_given_directly_are_enforced_and_name_the_site_code()
    {
        var requirements = new ModelRequirements(edgeMaxParameters: 4_000_000_000, lowLatencyMaxMilliseconds: null, Modality.None);
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy(requirements).Build(new SettingsProvider(TestCatalog.Settings));

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("llama-3.1-8b"));

        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "code", "llama-3.1-8b", "SLM", "8B parameters, over the 4B edge budget", ", such as 'smollm2-135m'", ""),
            refused.Message);
    }

    [Fact]
    public async Task An_inner_typed_client_pins_the_model_that_is_judged()
    {
        var inner = new FakeChatClient();
        using var client = new Phi4MiniClient(inner).AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        await client.AskAsync("gpt-4o");

        Assert.Equal("phi-4-mini", inner.LastOptions?.ModelId);
    }

    [Fact]
    public async Task Report_mode_set_in_configure_lets_a_refused_request_through()
    {
        var inner = new FakeChatClient();
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.Mode = ModelPolicyMode.Report).Build();

        var response = await client.AskAsync("gpt-4o");

        Assert.Equal("ok", response.Text);
        Assert.Equal(1, inner.Calls);
    }

    // A generated typed client, as the generator emits one (src/ModelPolicies.Analyzers/Generator/ClientEmitter.cs).
    private sealed class Phi4MiniClient : ModelChatClient
    {
        public Phi4MiniClient(IChatClient inner)
            : base(inner, TestCatalog.Catalog.Find("phi-4-mini")!.Model)
        {
        }
    }
}
