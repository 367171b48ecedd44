using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>
/// A ModelPolicies diagnostic as a developer sees it, in the build's error log or in the editor: file, rule id,
/// 1-based line and message. Two hosts agree when they report the same set of these.
/// </summary>
internal sealed partial record PolicyDiagnostic(string File, string Id, int Line, string Message)
{
    /// <summary>The model the flagged code uses, as the message quotes it ("… uses 'gpt-4o' (…").</summary>
    public string? UsedModel => Quoted(UsesPattern());

    /// <summary>The compliant model the message suggests ("… such as 'fieldnotes-slm'").</summary>
    public string? SuggestedModel => Quoted(SuchAsPattern());

    public static bool IsPolicyRule(string id) => id.StartsWith("MP", StringComparison.Ordinal);

    public override string ToString() => $"{Path.GetFileName(File)}({Line}): {Id}: {Message}";

    /// <summary>
    /// The policy results of a SARIF 2.1 error log (the compiler's <c>-p:ErrorLog=…,version=2.1</c>): what
    /// <c>dotnet build</c> reported, suppressed ones left out as the build leaves them out of its warnings.
    /// </summary>
    public static IReadOnlyList<PolicyDiagnostic> FromErrorLog(string sarifPath)
    {
        using var sarif = JsonDocument.Parse(System.IO.File.ReadAllText(sarifPath));
        var found = new List<PolicyDiagnostic>();
        foreach (var run in sarif.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var id = result.GetProperty("ruleId").GetString() ?? string.Empty;
                if (!IsPolicyRule(id) || result.TryGetProperty("suppressions", out _))
                {
                    continue;
                }

                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var file = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
                found.Add(new PolicyDiagnostic(
                    file,
                    id,
                    location.GetProperty("region").GetProperty("startLine").GetInt32(),
                    result.GetProperty("message").GetProperty("text").GetString() ?? string.Empty));
            }
        }

        return found;
    }

    /// <summary>
    /// Builds <paramref name="project"/> with an error log and returns the policy diagnostics it reports, or null
    /// when the build was up to date and compiled nothing.
    /// </summary>
    public static IReadOnlyList<PolicyDiagnostic>? Build(string project)
    {
        // Relative, so each project the build compiles writes its own log under its own obj/.
        const string relativeLog = "obj/modelpolicies-ide.sarif";
        var log = Path.Combine(Path.GetDirectoryName(project)!, relativeLog);
        if (System.IO.File.Exists(log))
        {
            System.IO.File.Delete(log);
        }

        // %2C: MSBuild's escape for the comma between the log's path and its SARIF version.
        var (exitCode, output) = DotnetCli.Run(Path.GetDirectoryName(project)!, "build", project, $"-p:ErrorLog={relativeLog}%2Cversion=2.1");
        Assert.True(exitCode == 0, $"dotnet build {project} failed:\n{output}");
        return System.IO.File.Exists(log) ? FromErrorLog(log) : null;
    }

    /// <summary>Sorted lines, so that two hosts' sets compare with a readable difference.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<PolicyDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();

    private string? Quoted(Regex pattern) => pattern.Match(Message) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("uses '([^']+)'")]
    private static partial Regex UsesPattern();

    [GeneratedRegex("such as '([^']+)'")]
    private static partial Regex SuchAsPattern();
}
