using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>A built project open in csharp-ls with every one of its C# files open, as in an editor's tabs.</summary>
internal sealed class LanguageServerSession : IAsyncDisposable
{
    /// <summary>The first answer waits for the server to load the project: a design-time build of it and its references.</summary>
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(3);

    private LanguageServerSession(ProjectUnderTest project, LanguageServerClient server, TimeSpan loadTime)
    {
        Project = project;
        Server = server;
        LoadTime = loadTime;
    }

    public ProjectUnderTest Project { get; }

    public LanguageServerClient Server { get; }

    /// <summary>From the server's start to its first diagnostics: the time a developer waits on opening the project.</summary>
    public TimeSpan LoadTime { get; }

    public static async Task<LanguageServerSession> OpenAsync(ProjectUnderTest project)
    {
        var stopwatch = Stopwatch.StartNew();
        var server = await CSharpLs.StartAsync(project.Directory).ConfigureAwait(false);
        try
        {
            foreach (var file in project.SourceFiles)
            {
                await server.OpenAsync(file, await File.ReadAllTextAsync(file).ConfigureAwait(false)).ConfigureAwait(false);
            }

            await server.DiagnosticsAsync(project.SourceFiles[0], LoadTimeout).ConfigureAwait(false);
            return new LanguageServerSession(project, server, stopwatch.Elapsed);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Every diagnostic of every open file, pulled as an editor pulls them.</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> DiagnosticsAsync()
    {
        var all = new List<LspDiagnostic>();
        foreach (var file in Project.SourceFiles)
        {
            all.AddRange(await Server.DiagnosticsAsync(file, LoadTimeout).ConfigureAwait(false));
        }

        return all;
    }

    /// <summary>
    /// Pulls <paramref name="file"/>'s diagnostics until <paramref name="expected"/> holds, for at most
    /// <paramref name="budget"/>; fails, naming what the server last showed, if it never does.
    /// </summary>
    public async Task<(IReadOnlyList<LspDiagnostic> Diagnostics, TimeSpan Elapsed)> WaitForAsync(
        string file, Func<IReadOnlyList<LspDiagnostic>, bool> expected, TimeSpan budget, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var diagnostics = await Server.DiagnosticsAsync(file, budget).ConfigureAwait(false);
            if (expected(diagnostics))
            {
                return (diagnostics, stopwatch.Elapsed);
            }

            Assert.True(
                stopwatch.Elapsed < budget,
                $"{what}: not within {budget.TotalSeconds} s. The server shows:\n{string.Join('\n', diagnostics)}");
            await Task.Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>One csharp-ls session per test class: loading a project costs seconds, its tests share it.</summary>
public sealed class LanguageServerFixture : IAsyncLifetime
{
    private readonly object _gate = new();
    private Task<LanguageServerSession>? _session;

    internal Task<LanguageServerSession> SessionAsync(Func<ProjectUnderTest> project)
    {
        lock (_gate)
        {
            return _session ??= Task.Run(() => LanguageServerSession.OpenAsync(project()));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is { IsCompletedSuccessfully: true } session)
        {
            await (await session.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }
}
