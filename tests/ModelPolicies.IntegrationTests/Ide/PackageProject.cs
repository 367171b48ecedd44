using System;
using System.Runtime.CompilerServices;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>
/// The IDE tests' new project on the packed package, as a user starts one: a catalog, an [Edge] class with one
/// compliant use and one violation, and a program on a generated client. Built once per run and shared: the
/// csharp-ls tests edit it only in memory, the workspace tests only in their own workspace.
/// </summary>
internal static class PackageProject
{
    private const string Catalog = """
        { "models": [ { "id": "house-slm", "class": "slm", "parameters": "2B", "deployment": ["local"], "latencyMs": 40 } ] }
        """;

    private const string Notes = """
        using Contoso.Field.Models;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        namespace Contoso.Field;

        /// <summary>Visit notes, written on the technician's tablet with no network.</summary>
        [Edge]
        public sealed class VisitNotes(HouseSlmClient notes, IChatClient chat)
        {
            public Task<ChatResponse> SummarizeAsync(string note) =>
                notes.GetResponseAsync($"Summarize for the work order: {note}");

            public Task<ChatResponse> TranslateAsync(string note) =>
                chat.GetResponseAsync($"Translate to Spanish: {note}", new ChatOptions { ModelId = "house-slm" });

            public Task<ChatResponse> DraftReplyAsync(string note) =>
                chat.GetResponseAsync($"Draft a reply to the customer: {note}", new ChatOptions { ModelId = "gpt-4o" });
        }
        """;

    private const string Program = """
        using Contoso.Field;
        using Contoso.Field.Models;

        var notes = new VisitNotes(new HouseSlmClient(new Offline()), new Offline());
        Console.WriteLine((await notes.SummarizeAsync("Replaced the seal.")).Text);

        sealed class Offline : Microsoft.Extensions.AI.IChatClient
        {
            public Task<Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new Microsoft.Extensions.AI.ChatResponse(new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.Assistant, "ok")));

            public IAsyncEnumerable<Microsoft.Extensions.AI.ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException();

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose()
            {
            }
        }
        """;

    private static readonly ConditionalWeakTable<PackageFixture, Lazy<ProjectUnderTest>> Built = new();

    public static ProjectUnderTest Get(PackageFixture package) =>
        Built.GetValue(package, p => new Lazy<ProjectUnderTest>(() =>
            ProjectUnderTest.OnPackage(p, "IdeLive", ("Notes.cs", Notes), ("Program.cs", Program), ("models.json", Catalog)))).Value;
}
