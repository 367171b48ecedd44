extern alias runtime;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>Generated clients compiled and run: they pin the model, leave the caller's options alone, and resolve through DI.</summary>
public class GeneratedClientBehaviourTests
{
    private const string Catalog = """
        { "models": [
          { "id": "fieldnotes-slm", "class": "slm", "parameters": "3.8B", "deployment": ["local"] },
          { "id": "inspect-vision", "class": "fm", "parameters": "5.6B", "inputs": ["text", "image"], "deployment": ["local"] }
        ] }
        """;

    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        var (output, _) = GeneratorHarness.Generate("namespace Contoso.App { }", GeneratorHarness.Catalog(Catalog));
        return GeneratorHarness.Load(output);
    });

    private static IChatClient Create(string typeName, IChatClient inner) =>
        (IChatClient)Activator.CreateInstance(Generated.Value.GetType("Contoso.App.Models." + typeName, throwOnError: true)!, inner)!;

    [Fact]
    public async Task Every_request_goes_to_the_clients_model_on_a_copy_of_the_callers_options()
    {
        var inner = new RecordingChatClient();
        var client = Create("FieldnotesSlmClient", inner);
        var options = new ChatOptions { ModelId = "gpt-4o", Temperature = 0.2f };

        await client.GetResponseAsync("hello", options);
        await foreach (var _ in client.GetStreamingResponseAsync("hello", options))
        {
        }

        await client.GetResponseAsync("no options");

        Assert.Equal(new[] { "fieldnotes-slm", "fieldnotes-slm", "fieldnotes-slm" }, inner.ModelIds);
        Assert.Equal(0.2f, inner.Options[0]!.Temperature);
        Assert.NotSame(options, inner.Options[0]);
        Assert.Equal("gpt-4o", options.ModelId);
    }

    [Fact]
    public void Metadata_reports_the_model_as_default_and_keeps_the_providers_name()
    {
        var client = Create("FieldnotesSlmClient", new RecordingChatClient());
        var metadata = client.GetService<ChatClientMetadata>()!;
        Assert.Equal("fieldnotes-slm", metadata.DefaultModelId);
        Assert.Equal("recording", metadata.ProviderName);

        var descriptor = client.GetService<runtime::ModelPolicies.ModelDescriptor>();
        Assert.Equal("fieldnotes-slm", descriptor!.Id);
    }

    [Fact]
    public async Task The_image_overload_checks_the_media_type_and_sends_the_image()
    {
        var inner = new RecordingChatClient();
        var client = Create("InspectVisionClient", inner);
        var method = client.GetType().GetMethod("GetImageResponseAsync", new[] { typeof(string), typeof(DataContent), typeof(ChatOptions), typeof(CancellationToken) })!;

        await (Task<ChatResponse>)method.Invoke(client, new object?[] { "worn?", new DataContent(new byte[] { 1 }, "image/png"), null, CancellationToken.None })!;
        Assert.Equal("inspect-vision", Assert.Single(inner.ModelIds));
        Assert.Single(inner.Messages.Single().Contents.OfType<DataContent>());

        var wrongType = Assert.Throws<TargetInvocationException>(() => method.Invoke(client, new object?[] { "worn?", new DataContent(new byte[] { 1 }, "audio/wav"), null, CancellationToken.None }));
        Assert.IsType<ArgumentException>(wrongType.InnerException);
    }

    [Fact]
    public async Task Add_client_registers_the_typed_client_and_a_keyed_chat_client()
    {
        var inner = new RecordingChatClient();
        var services = new ServiceCollection();
        var extensions = Generated.Value.GetType("Contoso.App.Models.ModelClientServiceCollectionExtensions", throwOnError: true)!;
        var builder = extensions.GetMethod("AddFieldnotesSlmClient")!.Invoke(null, new object[] { services, (Func<IServiceProvider, IChatClient>)(_ => inner) });
        Assert.IsType<ChatClientBuilder>(builder);

        using var provider = services.BuildServiceProvider();
        var typed = (IChatClient)provider.GetRequiredService(Generated.Value.GetType("Contoso.App.Models.FieldnotesSlmClient")!);
        await typed.GetResponseAsync("hello");
        Assert.Equal("fieldnotes-slm", Assert.Single(inner.ModelIds));
        Assert.NotNull(provider.GetRequiredKeyedService<IChatClient>("fieldnotes-slm"));
    }

    [Fact]
    public void A_text_only_client_has_no_image_overload_so_sending_an_image_does_not_compile()
    {
        var (output, _) = GeneratorHarness.Generate(
            """
            using Microsoft.Extensions.AI;
            class App
            {
                void Run(Contoso.App.Models.FieldnotesSlmClient notes, Contoso.App.Models.InspectVisionClient vision, DataContent photo)
                {
                    _ = vision.GetImageResponseAsync("worn?", photo);
                    _ = notes.GetImageResponseAsync("worn?", photo);
                }
            }
            """,
            GeneratorHarness.Catalog(Catalog));
        var error = Assert.Single(GeneratorHarness.Errors(output));
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("GetImageResponseAsync", error.GetMessage(), StringComparison.Ordinal);
    }

    private sealed class RecordingChatClient : IChatClient
    {
        public List<string?> ModelIds { get; } = new();

        public List<ChatOptions?> Options { get; } = new();

        public List<ChatMessage> Messages { get; } = new();

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            ModelIds.Add(options?.ModelId);
            Options.Add(options);
            Messages.AddRange(messages);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ModelIds.Add(options?.ModelId);
            Options.Add(options);
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, "ok");
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("recording", new Uri("http://localhost"), "inner-default") : null;

        public void Dispose()
        {
        }
    }
}
