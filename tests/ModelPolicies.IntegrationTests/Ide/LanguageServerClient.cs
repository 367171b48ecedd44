using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>One LSP diagnostic as the server reported it: 0-based line, as LSP counts.</summary>
internal sealed record LspDiagnostic(string Uri, string Code, int Severity, int Line, string Message)
{
    public const int Error = 1;

    public PolicyDiagnostic ToPolicyDiagnostic() => new(new Uri(Uri).LocalPath, Code, Line + 1, Message);

    public override string ToString() => $"{Path.GetFileName(new Uri(Uri).LocalPath)}({Line + 1}): {Code} [severity {Severity}] {Message}";
}

/// <summary>
/// A language server child process driven over LSP: JSON-RPC 2.0 messages framed by Content-Length headers on its
/// standard input and output. It answers the server's own requests the way an editor would: the <c>csharp</c>
/// configuration section it was given, and an empty success for the rest.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly JsonObject _configuration;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private long _nextId;

    private LanguageServerClient(Process process, JsonObject configuration)
    {
        _process = process;
        _configuration = configuration;
        _toServer = process.StandardInput.BaseStream;
        _fromServer = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Everything the server logged, for failure messages.</summary>
    public string ServerLog
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the server and completes the LSP handshake (initialize, initialized) on <paramref name="root"/>.</summary>
    public static async Task<LanguageServerClient> StartAsync(ProcessStartInfo start, string root, JsonObject configuration, TimeSpan timeout)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the language server did not start");
        var client = new LanguageServerClient(process, configuration);
        try
        {
            var rootUri = new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri;
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = rootUri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(root)) }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                    ["textDocument"] = new JsonObject
                    {
                        ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["publishDiagnostics"] = new JsonObject(),
                        ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                        ["definition"] = new JsonObject(),
                    },
                },
            }, timeout).ConfigureAwait(false);
            await client.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return client;
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public Task OpenAsync(string path, string text)
    {
        _versions[path] = 1;
        return NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>An in-memory edit, as an editor sends on each keystroke: the whole new text, nothing saved.</summary>
    public Task ChangeAsync(string path, string text)
    {
        var version = _versions[path] = _versions[path] + 1;
        return NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
    }

    /// <summary>Pulls the document's diagnostics (LSP 3.17 <c>textDocument/diagnostic</c>).</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> DiagnosticsAsync(string path, TimeSpan timeout)
    {
        var uri = UriOf(path);
        var report = await RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, timeout).ConfigureAwait(false);
        if (!report.TryGetProperty("items", out var items))
        {
            throw new InvalidOperationException($"textDocument/diagnostic answered no full report for {uri}: {report}\n{ServerLog}");
        }

        return items.EnumerateArray().Select(d => new LspDiagnostic(
            uri,
            d.TryGetProperty("code", out var code) ? code.ToString() : string.Empty,
            d.TryGetProperty("severity", out var severity) ? severity.GetInt32() : 0,
            d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
            d.GetProperty("message").GetString() ?? string.Empty)).ToList();
    }

    public Task<JsonElement> HoverAsync(string path, int line, int character, TimeSpan timeout) =>
        RequestAsync("textDocument/hover", Position(path, line, character), timeout);

    public Task<JsonElement> DefinitionAsync(string path, int line, int character, TimeSpan timeout) =>
        RequestAsync("textDocument/definition", Position(path, line, character), timeout);

    public async Task<JsonElement> RequestAsync(string method, JsonNode parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        var finished = await Task.WhenAny(answer.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != answer.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} had no answer in {timeout.TotalSeconds} s.\n{ServerLog}");
        }

        return await answer.Task.ConfigureAwait(false);
    }

    public Task NotifyAsync(string method, JsonNode parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", new JsonObject(), TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                await NotifyAsync("exit", new JsonObject()).ConfigureAwait(false);
                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(exited.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // A server that does not shut down in time is ended below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }

            await _reader.ConfigureAwait(false);
            _process.Dispose();
            _writeLock.Dispose();
        }
    }

    private static JsonObject Position(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _toServer.WriteAsync(header).ConfigureAwait(false);
            await _toServer.WriteAsync(body).ConfigureAwait(false);
            await _toServer.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync().ConfigureAwait(false) is { } message)
            {
                using var document = JsonDocument.Parse(message);
                var root = document.RootElement.Clone();
                var hasId = root.TryGetProperty("id", out var id);
                if (root.TryGetProperty("method", out var method))
                {
                    var parameters = root.TryGetProperty("params", out var p) ? p : default;
                    if (hasId)
                    {
                        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = Answer(method.GetString()!, parameters) }).ConfigureAwait(false);
                    }
                    else
                    {
                        Observe(method.GetString()!, parameters);
                    }
                }
                else if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt64(), out var answer))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        answer.TrySetException(new InvalidOperationException("the server answered an error: " + error));
                    }
                    else
                    {
                        answer.TrySetResult(root.TryGetProperty("result", out var result) ? result : default);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // The server went away or sent what this client cannot read: every pending request fails with why.
            Log("client: " + e);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("the language server's output ended or could not be read.\n" + ServerLog));
        }
    }

    // The server's requests to the editor: its settings, and registrations and progress tokens to acknowledge.
    private JsonNode? Answer(string method, JsonElement parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var answers = new JsonArray();
        foreach (var item in parameters.GetProperty("items").EnumerateArray())
        {
            var section = item.TryGetProperty("section", out var s) ? s.GetString() : null;
            answers.Add(section == "csharp" ? _configuration.DeepClone() : null);
        }

        return answers;
    }

    private void Observe(string method, JsonElement parameters)
    {
        if (method is "window/logMessage" or "window/showMessage" or "$/logTrace")
        {
            Log(parameters.TryGetProperty("message", out var m) ? m.GetString() : parameters.ToString());
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task<byte[]?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync().ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new IOException("an LSP message without Content-Length");
        }

        var body = new byte[length];
        await _fromServer.ReadExactlyAsync(body).ConfigureAwait(false);
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _fromServer.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
