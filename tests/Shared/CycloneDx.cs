using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Xunit;

namespace ModelPolicies.Testing;

/// <summary>
/// The CycloneDX project's own JSON validator: <c>CycloneDX.Json.Validator</c> in <c>CycloneDX.Core.dll</c>, loaded
/// from the <c>cyclonedx</c> dotnet tool that the repository's tool manifest (.config/dotnet-tools.json) pins. The
/// tool is restored with <c>dotnet tool restore</c> when its folder is missing; its schemas are embedded, so
/// validating needs no network.
/// </summary>
internal static class CycloneDx
{
    private const string ToolId = "cyclonedx";

    private static readonly Lazy<(MethodInfo? Validate, object? Version, string? Problem)> Loaded = new(Load);

    /// <summary>Why the validator cannot be used here, or null when it can.</summary>
    public static string? Unavailable => Loaded.Value.Problem;

    /// <summary>Validates <paramref name="json"/> against the CycloneDX 1.6 JSON schema (and the validator's bom-ref uniqueness check).</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        var (validate, version, problem) = Loaded.Value;
        Assert.True(problem is null, problem);
        var result = validate!.Invoke(null, new[] { json, version })!;
        var valid = (bool)result.GetType().GetProperty("Valid")!.GetValue(result)!;
        var messages = ((IEnumerable<string>)result.GetType().GetProperty("Messages")!.GetValue(result)!).ToList();
        return valid ? Array.Empty<string>() : messages.DefaultIfEmpty("invalid, with no message").ToList();
    }

    /// <summary>Fails with the validator's messages unless <paramref name="json"/> is a valid CycloneDX 1.6 document.</summary>
    public static void AssertValid(string json)
    {
        var problems = Problems(json);
        Assert.True(problems.Count == 0, "not valid CycloneDX 1.6:\n" + string.Join("\n", problems) + "\n---\n" + json);
    }

    private static (MethodInfo?, object?, string?) Load()
    {
        string root;
        string version;
        try
        {
            root = RepositoryRoot();
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, ".config", "dotnet-tools.json")));
            version = manifest.RootElement.GetProperty("tools").GetProperty(ToolId).GetProperty("version").GetString()!;
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, null, $"The '{ToolId}' tool is not in .config/dotnet-tools.json: {e.Message}");
        }

        var folder = ToolFolder(version);
        var restoreOutput = string.Empty;
        if (folder is null)
        {
            restoreOutput = RestoreTools(root);
            folder = ToolFolder(version);
        }

        if (folder is null)
        {
            return (null, null, $"The CycloneDX tool {version} could not be restored (dotnet tool restore), so its validator is not here:\n{restoreOutput}");
        }

        // The tool's own dependency file says where each of its assemblies is; the framework serves the rest.
        var resolver = new AssemblyDependencyResolver(Path.Combine(folder, "CycloneDX.dll"));
        var context = new AssemblyLoadContext("CycloneDX tool " + version);
        context.Resolving += (loading, name) => resolver.ResolveAssemblyToPath(name) is { } path ? loading.LoadFromAssemblyPath(path) : null;
        var core = context.LoadFromAssemblyPath(Path.Combine(folder, "CycloneDX.Core.dll"));
        var versionType = core.GetType("CycloneDX.SpecificationVersion", throwOnError: true)!;
        var validate = core.GetType("CycloneDX.Json.Validator", throwOnError: true)!.GetMethod("Validate", new[] { typeof(string), versionType })!;
        return (validate, Enum.Parse(versionType, "v1_6"), null);
    }

    // <packages>/cyclonedx/<version>/tools/<tfm>/any, which holds CycloneDX.Core.dll. NUGET_PACKAGES first, then the
    // default folder: the SDK remembers where it restored a tool and does not restore it again when the variable changes.
    private static string? ToolFolder(string version)
    {
        var folders = new[]
        {
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        return folders
            .Where(packages => !string.IsNullOrEmpty(packages))
            .Select(packages => Path.Combine(packages!, ToolId, version.ToLowerInvariant(), "tools"))
            .Where(Directory.Exists)
            .SelectMany(tools => Directory.EnumerateFiles(tools, "CycloneDX.Core.dll", SearchOption.AllDirectories))
            .Select(Path.GetDirectoryName)
            .FirstOrDefault();
    }

    private static string RestoreTools(string root)
    {
        var start = new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return "dotnet tool restore did not finish in 3 minutes";
            }

            return output + error.Result;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "dotnet could not be started: " + e.Message;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Policies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Policies.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs the CycloneDX validator: skipped, with the reason, where the tool cannot be restored.</summary>
public sealed class CycloneDxFactAttribute : FactAttribute
{
    public CycloneDxFactAttribute()
    {
        if (CycloneDx.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
