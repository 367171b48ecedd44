using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace ModelPolicies.CodeFixes.Tests.Infrastructure;

/// <summary>The result of one run of the dotnet CLI.</summary>
internal sealed record DotnetRun(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"dotnet {Command} exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs the real dotnet CLI, as a user would, in a directory of the test's making.</summary>
internal static class DotnetCli
{
    private static readonly Lazy<string?> LazyPath = new(Find);

    /// <summary>The dotnet executable on PATH, or null.</summary>
    public static string? Path => LazyPath.Value;

    public static DotnetRun Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("dotnet is not on PATH"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A quiet, self-contained run: no first-run banner, no telemetry, and nothing left running afterwards.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new DotnetRun(string.Join(" ", arguments), -1, output + $"{Environment.NewLine}(killed after {timeout.TotalSeconds} s)");
        }

        process.WaitForExit();
        return new DotnetRun(string.Join(" ", arguments), process.ExitCode, output.ToString());

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }

    private static string? Find()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory.Trim(), name))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs the dotnet CLI: skipped, saying why, on a machine without it on PATH.</summary>
public sealed class DotnetCliFactAttribute : FactAttribute
{
    public DotnetCliFactAttribute()
    {
        if (DotnetCli.Path is null)
        {
            Skip = "The dotnet CLI is not on PATH; this end-to-end test runs 'dotnet format' and 'dotnet build' on a real project.";
        }
    }
}
