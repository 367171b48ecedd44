extern alias runtime;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ModelPolicies.Benchmarks.Benchmarks;

// Inside the namespace, so that the runtime's public taxonomy wins over the analyzer's internal copy in ModelPolicies.
using runtime::ModelPolicies;

/// <summary>
/// What run-time enforcement costs a request (docs/performance.md, "Run-time enforcement"): a pipeline with
/// <c>UseModelPolicy</c> over an inner client that does nothing, against the same inner client behind a bare
/// <see cref="DelegatingChatClient"/>. Non-streaming and streaming; a catalog id, a dated snapshot of one, and an inner
/// client that completes asynchronously.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private static readonly ChatMessage[] Messages = { new(ChatRole.User, "Caption this") };

    private readonly ChatOptions _catalogId = new() { ModelId = "phi-4-mini" };
    private readonly ChatOptions _datedId = new() { ModelId = "gpt-4o-mini-2024-07-18" };
    private IChatClient _bare = null!;
    private IChatClient _enforced = null!;
    private IChatClient _bareAsync = null!;
    private IChatClient _enforcedAsync = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddSingleton(Settings()).BuildServiceProvider();
        _bare = new BareClient(new NoOpChatClient(completesAsynchronously: false));
        _enforced = new NoOpChatClient(completesAsynchronously: false).AsBuilder().UseModelPolicy<LiveCaptions>().Build(_services);
        _bareAsync = new BareClient(new NoOpChatClient(completesAsynchronously: true));
        _enforcedAsync = new NoOpChatClient(completesAsynchronously: true).AsBuilder().UseModelPolicy<LiveCaptions>().Build(_services);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Runtime_Bare_GetResponse() => _bare.GetResponseAsync(Messages, _catalogId);

    [Benchmark]
    public Task<ChatResponse> Runtime_ModelPolicy_GetResponse() => _enforced.GetResponseAsync(Messages, _catalogId);

    [Benchmark]
    public Task<ChatResponse> Runtime_Bare_GetResponse_DatedId() => _bare.GetResponseAsync(Messages, _datedId);

    [Benchmark]
    public Task<ChatResponse> Runtime_ModelPolicy_GetResponse_DatedId() => _enforced.GetResponseAsync(Messages, _datedId);

    [Benchmark]
    public Task<ChatResponse> Runtime_Bare_GetResponse_AsyncInner() => _bareAsync.GetResponseAsync(Messages, _catalogId);

    [Benchmark]
    public Task<ChatResponse> Runtime_ModelPolicy_GetResponse_AsyncInner() => _enforcedAsync.GetResponseAsync(Messages, _catalogId);

    [Benchmark]
    public Task<int> Runtime_Bare_Streaming() => Consume(_bare, _catalogId);

    [Benchmark]
    public Task<int> Runtime_ModelPolicy_Streaming() => Consume(_enforced, _catalogId);

    private static async Task<int> Consume(IChatClient client, ChatOptions options)
    {
        var count = 0;
        await foreach (var update in client.GetStreamingResponseAsync(Messages, options).ConfigureAwait(false))
        {
            count += update.Contents.Count;
        }

        return count;
    }

    // The run time's catalog as an assembly of the benchmark workload would carry it: its 500 synthetic models and the
    // two the requests name. Verdicts are cached per model name, so the catalog's size only shows on a name's first use.
    private static ModelPolicySettings Settings()
    {
        var entries = new List<CatalogEntry>
        {
            new(new ModelDescriptor("phi-4-mini", ModelClass.Slm, ModelSize.FromParameters(3_800_000_000), Modality.Text, ModelDeployment.Local | ModelDeployment.Cloud, 40, "microsoft"), null, CatalogSource.BuiltIn),
            new(new ModelDescriptor("gpt-4o-mini", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text | Modality.Image, ModelDeployment.Cloud, 250, "openai"), null, CatalogSource.BuiltIn),
        };
        for (var i = 0; i < Workload.WorkloadShape.CatalogEntries; i++)
        {
            entries.Add(new(new ModelDescriptor($"contoso-model-{i.ToString(CultureInfo.InvariantCulture)}", ModelClass.Slm, ModelSize.FromParameters(1_000_000_000 + i), Modality.Text, ModelDeployment.Local), null, CatalogSource.Json));
        }

        return new ModelPolicySettings(new ModelCatalog(entries));
    }

    /// <summary>A latency-critical context, as an application marks one.</summary>
    [LowLatency]
    private sealed class LiveCaptions
    {
    }

    /// <summary>The baseline: a middleware that passes every call through.</summary>
    private sealed class BareClient : DelegatingChatClient
    {
        public BareClient(IChatClient inner)
            : base(inner)
        {
        }
    }

    /// <summary>
    /// An inner client that does nothing: one response and one update, made once, answered by the model the request
    /// names (a completed task, or one that completes after a yield). Its streaming iterator is its own cost, alike in both.
    /// </summary>
    private sealed class NoOpChatClient : IChatClient
    {
        private readonly bool _completesAsynchronously;
        private readonly Dictionary<string, (Task<ChatResponse> Response, ChatResponseUpdate Update)> _answers = new(StringComparer.Ordinal);

        public NoOpChatClient(bool completesAsynchronously)
        {
            _completesAsynchronously = completesAsynchronously;
            foreach (var model in new[] { "phi-4-mini", "gpt-4o-mini-2024-07-18" })
            {
                _answers[model] = (
                    Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")) { ModelId = model }),
                    new ChatResponseUpdate(ChatRole.Assistant, "ok") { ModelId = model });
            }
        }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            _completesAsynchronously ? Later(_answers[options!.ModelId!].Response) : _answers[options!.ModelId!].Response;

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield return _answers[options!.ModelId!].Update;
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static async Task<ChatResponse> Later(Task<ChatResponse> response)
        {
            await Task.Yield();
            return await response.ConfigureAwait(false);
        }
    }
}
