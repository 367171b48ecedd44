using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>
/// csharp-ls, the language server of the IDE tests, as the repository's tool manifest (.config/dotnet-tools.json)
/// pins it: restored once per run with <c>dotnet tool restore</c> from the NuGet feeds the machine is set up with.
/// </summary>
internal static class CSharpLs
{
    public const string Version = "0.28.0";

    private static readonly Lazy<string?> LazyUnavailable = new(Restore);

    /// <summary>Why the server cannot be run here, or null when it can.</summary>
    public static string? Unavailable => LazyUnavailable.Value;

    /// <summary>
    /// Starts csharp-ls on the folder <paramref name="root"/> with the settings docs/ide.md gives: analyzers on (off by
    /// default) and metadata URIs, which let go-to-definition open source-generated files.
    /// </summary>
    public static Task<LanguageServerClient> StartAsync(string root)
    {
        // A manifest that lost the pin is a broken repository, not a machine without the tool: that fails.
        var manifest = Path.Combine(Repository.Root, ".config", "dotnet-tools.json");
        var pinned = JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?["csharp-ls"]?["version"]?.GetValue<string>();
        Assert.True(pinned == Version, $"{manifest} pins csharp-ls {pinned ?? "nowhere"}; the IDE tests are written against {Version}.");

        // Run from the repository root, where the tool manifest is; the workspace is the initialize request's root.
        var start = DotnetCli.StartInfo(Repository.Root, "tool", "run", "csharp-ls", "--", "--loglevel", "info");
        return LanguageServerClient.StartAsync(start, root, new JsonObject { ["analyzersEnabled"] = true, ["useMetadataUris"] = true }, TimeSpan.FromMinutes(1));
    }

    private static string? Restore()
    {
        if (DotnetCli.Path is null)
        {
            return "The dotnet CLI is not on PATH (nor DOTNET_HOST_PATH): the IDE tests run csharp-ls through it.";
        }

        var (exitCode, output) = DotnetCli.Run(Repository.Root, "tool", "restore");
        return exitCode == 0
            ? null
            : $"The IDE tests need csharp-ls from the tool manifest (.config/dotnet-tools.json), and 'dotnet tool restore' failed (exit {exitCode}):\n{output}";
    }
}

/// <summary>An IDE test: skipped, with the reason, where csharp-ls cannot be restored from the tool manifest.</summary>
public sealed class CSharpLsFactAttribute : FactAttribute
{
    public CSharpLsFactAttribute()
    {
        if (CSharpLs.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
