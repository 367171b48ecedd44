using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>Runs the real dotnet CLI in a directory, with the variables of the outer test host removed.</summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string? Path { get; } = Find();

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>A dotnet command line with the variables of the outer test host removed, for a caller to start.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? "dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child build at the outer build's MSBuild.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return start;
    }

    private static string? Find()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.Combine(dir, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with the reason, where the dotnet CLI is absent.</summary>
public sealed class DotnetFactAttribute : FactAttribute
{
    public DotnetFactAttribute()
    {
        if (DotnetCli.Path is null)
        {
            Skip = "The dotnet CLI is not on PATH (nor DOTNET_HOST_PATH): integration tests need the real SDK.";
        }
    }
}

/// <summary>A theory that is skipped, with the reason, where the dotnet CLI is absent.</summary>
public sealed class DotnetTheoryAttribute : TheoryAttribute
{
    public DotnetTheoryAttribute()
    {
        if (DotnetCli.Path is null)
        {
            Skip = "The dotnet CLI is not on PATH (nor DOTNET_HOST_PATH): integration tests need the real SDK.";
        }
    }
}
