using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>The model the response says answered, checked after; streaming, before the first update naming it is yielded (docs/runtime.md).</summary>
public class ChatResponseTests
{
    [Fact]
    public async Task Response_from_a_model_that_fails_the_context_is_refused()
    {
        var inner = new FakeChatClient(respondingModelId: "gpt-4o");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("phi-4-mini"));

        Assert.Equal(1, inner.Calls);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal("gpt-4o", refused.ModelId);
    }

    [Fact]
    public async Task Dated_snapshot_in_the_response_is_judged_as_its_base_model()
    {
        using var edge = new FakeChatClient(respondingModelId: "gpt-4o-2024-08-06").AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        using var fast = new FakeChatClient(respondingModelId: "gpt-4o-mini-2024-07-18").AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => edge.AskAsync("phi-4-mini"));
        var passed = await fast.AskAsync("gpt-4o-mini");

        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "NoteSummarizer", "gpt-4o-2024-08-06", "FM", "cloud only", ", such as 'smollm2-135m'", ""),
            refused.Message);
        Assert.Equal("gpt-4o-mini-2024-07-18", passed.ModelId);
    }

    [Fact]
    public async Task Response_naming_the_requested_model_in_another_spelling_is_not_judged_twice()
    {
        var inner = new FakeChatClient(respondingModelId: "gpt-4o-2024-08-06");
        using var activity = new System.Diagnostics.Activity("request").Start();
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.Mode = ModelPolicyMode.Report).Build();

        await client.AskAsync("gpt-4o");

        Assert.Single(activity.Events);
    }

    [Fact]
    public async Task Streaming_request_to_a_failing_model_is_refused_before_the_inner_client_streams()
    {
        var inner = new FakeChatClient(respondingModelId: "gpt-4o");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        var received = new List<ChatResponseUpdate>();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.StreamAsync(received, "gpt-4o"));

        Assert.Equal(ModelPolicyPhase.Request, refused.Phase);
        Assert.Equal(0, inner.StreamingCalls);
        Assert.Empty(received);
    }

    [Fact]
    public async Task Streaming_update_naming_a_failing_model_is_refused_before_it_is_yielded()
    {
        var inner = new FakeChatClient { StreamedModelIds = new[] { null, "gpt-4o", "gpt-4o" } };
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        var received = new List<ChatResponseUpdate>();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.StreamAsync(received, "phi-4-mini"));

        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal("gpt-4o", refused.ModelId);
        var before = Assert.Single(received);
        Assert.Null(before.ModelId);
    }

    [Fact]
    public async Task Streaming_from_a_compliant_model_yields_every_update()
    {
        var inner = new FakeChatClient { StreamedModelIds = new[] { "phi-4-mini", "gpt-4o", null } };
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var received = await client.StreamAsync(new List<ChatResponseUpdate>(), "phi-4-mini");

        // Only the first update naming a model is judged: the rest of the stream is that model's answer.
        Assert.Equal(3, received.Count);
    }
}
