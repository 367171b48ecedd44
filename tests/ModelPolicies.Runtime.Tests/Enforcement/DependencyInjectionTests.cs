using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Runtime.Tests.Enforcement;

/// <summary><c>AddModelPolicies</c>: a component asks for <c>ModelPolicyChatClient&lt;ItsType&gt;</c> and gets the registered client under its policy.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task Enforced_client_wraps_the_registered_chat_client_under_its_contexts_policy()
    {
        var inner = new FakeChatClient(respondingModelId: "phi-4-mini");
        var services = new ServiceCollection();
        services.AddChatClient(inner);
        services.AddModelPolicies();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var client = provider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();

        Assert.Same(typeof(NoteSummarizer), client.Policy.Context);
        await client.AskAsync("phi-4-mini");
        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("gpt-4o"));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Component_gets_an_enforced_client_through_its_constructor()
    {
        var inner = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddChatClient(inner);
        services.AddModelPolicies();
        services.AddSingleton<NotesFeature>();
        using var provider = services.BuildServiceProvider();

        var feature = provider.GetRequiredService<NotesFeature>();

        await Assert.ThrowsAsync<ModelPolicyViolationException>(() => feature.SummarizeAsync("gpt-4o"));
        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task Keyed_resolution_wraps_the_chat_client_registered_under_the_same_key()
    {
        var cloud = new FakeChatClient();
        var local = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddChatClient(cloud);
        services.AddKeyedChatClient("on-device", local);
        services.AddModelPolicies();
        services.AddSingleton<KeyedNotesFeature>();
        using var provider = services.BuildServiceProvider();

        var keyed = provider.GetRequiredKeyedService<ModelPolicyChatClient<NoteSummarizer>>("on-device");
        var feature = provider.GetRequiredService<KeyedNotesFeature>();
        await keyed.AskAsync("phi-4-mini");
        await feature.SummarizeAsync("smollm2-135m");

        Assert.Same(local, keyed.GetService<FakeChatClient>());
        Assert.Equal(2, local.Calls);
        Assert.Equal(0, cloud.Calls);
        Assert.NotSame(keyed, provider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>());
    }

    [Fact]
    public void Disposing_the_container_disposes_the_registered_chat_client_once()
    {
        var inner = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddChatClient(_ => inner);
        services.AddModelPolicies();
        var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();

        provider.Dispose();

        Assert.Equal(1, inner.Disposals);
    }

    [Fact]
    public void Client_built_by_the_pipeline_disposes_its_inner_client()
    {
        var inner = new FakeChatClient();
        var client = inner.AsBuilder().UseModelPolicy<NoteSummarizer>().Build();

        client.Dispose();

        Assert.Equal(1, inner.Disposals);
    }

    [Fact]
    public async Task Configure_callbacks_of_add_model_policies_apply_to_every_enforced_client()
    {
        var inner = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddChatClient(inner);
        services.AddModelPolicies(c => c.Mode = ModelPolicyMode.Report);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();
        await client.AskAsync("gpt-4o");

        Assert.Equal(ModelPolicyMode.Report, client.Mode);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Settings_registered_in_the_container_replace_the_assemblys()
    {
        var onlyGpt4o = new ModelPolicySettings(new ModelCatalog(new[] { TestCatalog.Catalog.Find("gpt-4o")! }));
        var services = new ServiceCollection();
        services.AddChatClient(new FakeChatClient(providerUri: new System.Uri("https://contoso.example/")));
        services.AddSingleton(onlyGpt4o);
        services.AddModelPolicies();
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();
        var refused = await Assert.ThrowsAsync<ModelPolicyViolationException>(() => client.AskAsync("phi-4-mini"));

        Assert.Same(onlyGpt4o, client.Policy.Settings);
        Assert.Equal(ModelPolicyViolationKind.UnknownModel, refused.Kind);
    }

    [Fact]
    public void Scoped_lifetime_follows_a_scoped_chat_client()
    {
        var services = new ServiceCollection();
        services.AddChatClient(_ => new FakeChatClient(), ServiceLifetime.Scoped);
        services.AddModelPolicies(lifetime: ServiceLifetime.Scoped);
        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        var a = first.ServiceProvider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();
        var b = second.ServiceProvider.GetRequiredService<ModelPolicyChatClient<NoteSummarizer>>();

        Assert.NotSame(a, b);
        Assert.NotSame(a.GetService<FakeChatClient>(), b.GetService<FakeChatClient>());
    }

    private sealed class NotesFeature
    {
        private readonly ModelPolicyChatClient<NoteSummarizer> _chat;

        public NotesFeature(ModelPolicyChatClient<NoteSummarizer> chat) => _chat = chat;

        public Task<ChatResponse> SummarizeAsync(string model) => _chat.AskAsync(model);
    }

    private sealed class KeyedNotesFeature
    {
        private readonly ModelPolicyChatClient<NoteSummarizer> _chat;

        public KeyedNotesFeature([FromKeyedServices("on-device")] ModelPolicyChatClient<NoteSummarizer> chat) => _chat = chat;

        public Task<ChatResponse> SummarizeAsync(string model) => _chat.AskAsync(model);
    }
}
