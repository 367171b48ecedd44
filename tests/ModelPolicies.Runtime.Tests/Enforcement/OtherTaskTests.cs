using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary>The same policies on the embedding, speech-to-text, text-to-speech and image builders (docs/runtime.md, docs/catalog.md "Tasks").</summary>
public class OtherTaskTests
{
    [Fact]
    public async Task Edge_embedding_request_to_a_cloud_model_is_refused_before_sending()
    {
        var inner = new FakeEmbeddingGenerator();
        using var generator = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(
            () => generator.GenerateAsync(new[] { "note" }, new EmbeddingGenerationOptions { ModelId = "text-embedding-3-small" }));

        Assert.Equal(0, inner.Calls);
        Assert.Equal(ModelTask.Embedding, refused.Task);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.EdgeModelFormat, "NoteSummarizer", "text-embedding-3-small", "FM", "cloud only", ", such as 'nomic-embed-text'", ""),
            refused.Message);
    }

    [Fact]
    public async Task Embedding_model_defaults_to_the_metadata_and_the_embeddings_model_is_checked_after()
    {
        var local = new FakeEmbeddingGenerator(defaultModelId: "nomic-embed-text", respondingModelId: "nomic-embed-text");
        var swapped = new FakeEmbeddingGenerator(defaultModelId: "nomic-embed-text", respondingModelId: "text-embedding-3-small");
        using var localGenerator = local.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        using var swappedGenerator = swapped.AsBuilder().UseModelPolicy(typeof(NoteSummarizer)).Build();

        var embeddings = await localGenerator.GenerateAsync(new[] { "note" });
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => swappedGenerator.GenerateAsync(new[] { "note" }));

        Assert.Single(embeddings);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal("text-embedding-3-small", refused.ModelId);
    }

    [Fact]
    public async Task Embedding_request_to_a_chat_model_is_a_task_violation()
    {
        using var generator = new FakeEmbeddingGenerator(defaultModelId: "phi-4-mini").AsBuilder().UseModelPolicy(ModelRequirements.None).Build(new SettingsProvider(TestCatalog.Settings));

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => generator.GenerateAsync(new[] { "note" }));

        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.TaskMismatchFormat, "code", "phi-4-mini", "SLM", "chat", "embedding", ", such as 'nomic-embed-text'"),
            refused.Message);
    }

    [Fact]
    public async Task Speech_to_text_stream_is_refused_before_the_update_naming_a_cloud_model()
    {
        // A speech service on this machine, serving a model the catalog does not know by that name: the response settles it.
        var inner = new FakeSpeechToTextClient(defaultModelId: "dictation", providerUri: new System.Uri("http://127.0.0.1:8000/"))
        {
            StreamedModelIds = new[] { "whisper-1", null },
        };
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        var received = new List<SpeechToTextResponseUpdate>();

        using var audio = new MemoryStream(new byte[] { 1 });
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(async () =>
        {
            await foreach (var update in client.GetStreamingTextAsync(audio))
            {
                received.Add(update);
            }
        });

        Assert.Empty(received);
        Assert.Equal("whisper-1", refused.ModelId);
        Assert.Equal(ModelTask.SpeechToText, refused.Task);
    }

    [Fact]
    public async Task Speech_to_text_on_the_device_passes_and_a_chat_model_does_not()
    {
        var inner = new FakeSpeechToTextClient { StreamedModelIds = new[] { "whisper-large-v3-turbo" } };
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();
        using var audio = new MemoryStream(new byte[] { 1 });

        var transcript = await client.GetTextAsync(audio, new SpeechToTextOptions { ModelId = "whisper-large-v3-turbo" });
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.GetTextAsync(audio, new SpeechToTextOptions { ModelId = "phi-4-mini" }));

        Assert.Equal("transcript", transcript.Text);
        Assert.Equal(ModelPolicyViolationKind.Task, refused.Kind);
    }

    [Fact]
    public async Task Text_to_speech_response_from_a_cloud_model_is_refused_in_an_edge_context()
    {
        var inner = new FakeTextToSpeechClient(respondingModelId: "tts-1");
        using var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>(c => c.Mode = ModelPolicyMode.Enforce).Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.GetAudioAsync("Hello", new TextToSpeechOptions { ModelId = "tts-1" }));
        var streamed = await Assert.ThrowsAsync<ModelPolicyViolationException>(async () =>
        {
            await foreach (var update in client.GetStreamingAudioAsync("Hello", new TextToSpeechOptions { ModelId = "tts-1" }))
            {
            }
        });

        Assert.Equal(0, inner.Calls);
        Assert.Equal(ModelTask.TextToSpeech, refused.Task);
        Assert.Equal(refused.Message, streamed.Message);
    }

    [Fact]
    public async Task Image_request_is_judged_by_its_model_and_task()
    {
        var inner = new FakeImageGenerator(defaultModelId: "dall-e-3");
        using var anywhere = inner.AsBuilder().UseModelPolicy<Anywhere>().Build();
        using var edge = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        await anywhere.GenerateImagesAsync("a lighthouse");
        var task = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => anywhere.GenerateImagesAsync("a lighthouse", new ImageGenerationOptions { ModelId = "gpt-4o" }));
        var cloud = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => edge.GenerateImagesAsync("a lighthouse"));

        Assert.Equal(1, inner.Calls);
        Assert.Equal(ModelPolicyViolationKind.Task, task.Kind);
        Assert.Equal(Requirement.Edge, Assert.Single(cloud.Failures).Requirement);
    }

    [Fact]
    public async Task Image_request_to_an_unknown_model_is_never_settled_by_its_response()
    {
        var inner = new FakeImageGenerator(defaultModelId: "contoso-diffusion");
        using var generator = inner.AsBuilder().UseModelPolicy<LiveCaptions>().Build();

        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => generator.GenerateImagesAsync("a lighthouse"));

        Assert.Equal(1, inner.Calls);
        Assert.Equal(ModelPolicyPhase.Response, refused.Phase);
        Assert.Equal(ModelPolicyViolationKind.UnknownModel, refused.Kind);
    }
}
