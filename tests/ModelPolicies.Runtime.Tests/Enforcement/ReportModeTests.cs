using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>Report mode: the violation logged and recorded on the current activity, the call let through (docs/runtime.md, "Report mode").</summary>
public class ReportModeTests
{
    private static readonly string EdgeMessage =
        string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "NoteSummarizer", "gpt-4o", "FM", "cloud only", ", such as 'smollm2-135m'", "");

    [Fact]
    public async Task Report_mode_logs_through_the_service_providers_logger_and_lets_the_call_through()
    {
        var logs = new RecordingLoggerFactory();
        using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).BuildServiceProvider();
        var inner = new FakeChatClient(respondingModelId: "gpt-4o");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.Mode = ModelPolicyMode.Report).Build(services);

        var response = await client.AskAsync("gpt-4o");

        Assert.Equal("ok", response.Text);
        Assert.Equal(1, inner.Calls);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(ModelPolicyTelemetry.LoggerCategory, entry.Category);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(new EventId(ModelPolicyTelemetry.ViolationEventId, ModelPolicyTelemetry.ViolationEventName), entry.EventId);
        Assert.EndsWith(EdgeMessage, entry.Message);
        var state = Assert.IsAssignableFrom<IReadOnlyList<KeyValuePair<string, object?>>>(entry.State);
        Assert.Contains(new KeyValuePair<string, object?>("ModelId", "gpt-4o"), state);
        Assert.Contains(new KeyValuePair<string, object?>("ModelPolicyContext", "NoteSummarizer"), state);
        Assert.Contains(new KeyValuePair<string, object?>("ModelPolicyPhase", "request"), state);
        Assert.Contains(new KeyValuePair<string, object?>("ModelPolicyMessage", EdgeMessage), state);
    }

    [Fact]
    public async Task Logger_factory_given_in_configure_is_used_instead_of_the_service_providers()
    {
        var fromServices = new RecordingLoggerFactory();
        var given = new RecordingLoggerFactory();
        using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(fromServices).BuildServiceProvider();
        using var client = new FakeChatClient().AsBuilder()
            .UseModelPolicy<NoteSummarizer>(c =>
            {
                c.Mode = ModelPolicyMode.Report;
                c.LoggerFactory = given;
            })
            .Build(services);

        await client.AskAsync("gpt-4o");

        Assert.Empty(fromServices.Entries);
        Assert.Single(given.Entries);
    }

    [Fact]
    public async Task Report_mode_records_an_event_and_tags_on_the_current_activity()
    {
        using var activity = new Activity("summarize").Start();
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.Mode = ModelPolicyMode.Report).Build();

        await client.AskAsync("gpt-4o");

        Assert.Equal("gpt-4o", activity.GetTagItem(ModelPolicyTelemetry.ModelTag));
        Assert.Equal("[Edge]", activity.GetTagItem(ModelPolicyTelemetry.RequirementTag));
        Assert.Equal(ModelPolicyTelemetry.Reported, activity.GetTagItem(ModelPolicyTelemetry.OutcomeTag));
        var violation = Assert.Single(activity.Events);
        Assert.Equal(ModelPolicyTelemetry.ViolationEventName, violation.Name);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                [ModelPolicyTelemetry.ModelTag] = "gpt-4o",
                [ModelPolicyTelemetry.RequirementTag] = "[Edge]",
                [ModelPolicyTelemetry.KindTag] = "requirement",
                [ModelPolicyTelemetry.ContextTag] = "NoteSummarizer",
                [ModelPolicyTelemetry.TaskTag] = "chat",
                [ModelPolicyTelemetry.PhaseTag] = "request",
                [ModelPolicyTelemetry.OutcomeTag] = ModelPolicyTelemetry.Reported,
                [ModelPolicyTelemetry.MessageTag] = EdgeMessage,
            },
            violation.Tags.ToDictionary(t => t.Key, t => t.Value));
    }

    [Fact]
    public async Task Enforce_mode_records_the_refusal_on_the_current_activity_without_logging()
    {
        var logs = new RecordingLoggerFactory();
        using var activity = new Activity("summarize").Start();
        using var client = new FakeChatClient().AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.LoggerFactory = logs).Build();

        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o"));

        Assert.Equal(ModelPolicyTelemetry.Refused, activity.GetTagItem(ModelPolicyTelemetry.OutcomeTag));
        Assert.Equal(ModelPolicyTelemetry.Refused, Assert.Single(activity.Events).Tags.Single(t => t.Key == ModelPolicyTelemetry.OutcomeTag).Value);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public async Task Report_mode_streams_every_update_of_a_failing_model()
    {
        var logs = new RecordingLoggerFactory();
        var inner = new FakeChatClient { StreamedModelIds = new[] { "gpt-4o", "gpt-4o" } };
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>(c =>
        {
            c.Mode = ModelPolicyMode.Report;
            c.LoggerFactory = logs;
        }).Build();

        var received = await client.StreamAsync(new List<ChatResponseUpdate>(), "phi-4-mini");

        Assert.Equal(2, received.Count);
        var entry = Assert.Single(logs.Entries);
        Assert.Contains("response", entry.Message);
    }
}
