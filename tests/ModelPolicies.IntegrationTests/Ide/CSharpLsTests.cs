using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>
/// A project as a developer meets it in csharp-ls (a real language server, over LSP, analyzers on): the policy
/// diagnostics are the build's, nothing fails to compile, edits show up live and the generated clients resolve.
/// What each project should show is read from its own build, never written down here.
/// </summary>
public abstract class CSharpLsTests
{
    /// <summary>How long an edit may take to show in the editor's diagnostics: one pull after the edit, with room for a loaded machine.</summary>
    private static readonly TimeSpan LiveDiagnosticsBudget = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly LanguageServerFixture _fixture;
    private readonly ITestOutputHelper _output;

    private protected CSharpLsTests(LanguageServerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    /// <summary>Rule ids the project must show at least (on top of whatever else its build reports).</summary>
    private protected abstract IReadOnlyCollection<string> RequiredRuleIds { get; }

    /// <summary>A typed client the generator makes from the project's catalog, and the model id it is for.</summary>
    private protected abstract (string TypeName, string ModelId) GeneratedClient { get; }

    private protected abstract ProjectUnderTest Project();

    /// <summary>
    /// An edit, after <paramref name="fixedText"/> made <paramref name="fixedUse"/> compliant, that breaks a compliant
    /// use: the new text and the 1-based line where an MP0001 must then appear.
    /// </summary>
    private protected abstract (string Text, int Line) BreakingEdit(string fixedText, PolicyDiagnostic fixedUse);

    [CSharpLsFact]
    public async Task Policy_diagnostics_are_the_builds_and_nothing_fails_to_compile()
    {
        var session = await SessionAsync();
        var diagnostics = await session.DiagnosticsAsync();

        var errors = diagnostics.Where(d => d.Severity == LspDiagnostic.Error).ToList();
        Assert.True(errors.Count == 0, "csharp-ls shows compile errors the build does not have:\n" + string.Join('\n', errors));

        var build = PolicyDiagnostic.Lines(session.Project.Build);
        var live = PolicyDiagnostic.Lines(diagnostics.Where(d => PolicyDiagnostic.IsPolicyRule(d.Code)).Select(d => d.ToPolicyDiagnostic()));
        _output.WriteLine($"dotnet build and csharp-ls both show:\n{string.Join('\n', live)}");
        Assert.NotEmpty(build);
        Assert.Equal(build, live);
        Assert.Subset(session.Project.Build.Select(d => d.Id).ToHashSet(), RequiredRuleIds.ToHashSet());
    }

    [CSharpLsFact]
    public async Task A_fix_typed_in_the_editor_clears_its_diagnostic_and_a_breaking_edit_brings_one()
    {
        var session = await SessionAsync();
        var target = session.Project.Build.FirstOrDefault(d =>
            d.Id == "MP0001" && d.UsedModel is { } used && d.SuggestedModel is not null && LineOf(File.ReadAllText(d.File), d.Line).Contains(Literal(used), StringComparison.Ordinal));
        Assert.True(target is not null, "The build reports no MP0001 whose line spells the model it uses:\n" + string.Join('\n', session.Project.Build));

        var file = target.File;
        var original = await File.ReadAllTextAsync(file);
        var others = PolicyDiagnostic.Lines(session.Project.Build.Where(d => d.File == file && d != target));
        try
        {
            // In memory only, as typed: the file on disk is never written.
            var fixedText = ReplaceOnLine(original, target.Line, Literal(target.UsedModel!), Literal(target.SuggestedModel!));
            await session.Server.ChangeAsync(file, fixedText);
            var (afterFix, fixTime) = await session.WaitForAsync(
                file, d => !Policy(d).Contains(target), LiveDiagnosticsBudget, $"{target} after using '{target.SuggestedModel}' there");
            Assert.Equal(others, PolicyDiagnostic.Lines(Policy(afterFix)));
            Assert.DoesNotContain(afterFix, d => d.Severity == LspDiagnostic.Error);
            _output.WriteLine($"fixed line {target.Line}: its {target.Id} went away after {fixTime.TotalMilliseconds:F0} ms");

            var (brokenText, brokenLine) = BreakingEdit(fixedText, target);
            await session.Server.ChangeAsync(file, brokenText);
            var (_, breakTime) = await session.WaitForAsync(
                file, d => Policy(d).Any(p => p.Id == "MP0001" && p.Line == brokenLine), LiveDiagnosticsBudget, $"an MP0001 on line {brokenLine} after breaking it");
            _output.WriteLine($"broke line {brokenLine}: an MP0001 came up after {breakTime.TotalMilliseconds:F0} ms (budget {LiveDiagnosticsBudget.TotalSeconds} s)");
        }
        finally
        {
            await session.Server.ChangeAsync(file, original);
        }

        // Undone, the file shows the build's diagnostics again: the last check, and the class's other tests share the session.
        await session.WaitForAsync(
            file, d => PolicyDiagnostic.Lines(Policy(d)).SequenceEqual(PolicyDiagnostic.Lines(session.Project.Build.Where(b => b.File == file))), LiveDiagnosticsBudget, "the build's diagnostics after undoing the edits");
    }

    [CSharpLsFact]
    public async Task Generated_typed_client_resolves_in_hover_and_go_to_definition()
    {
        var session = await SessionAsync();
        var (typeName, modelId) = GeneratedClient;
        var word = new Regex($@"\b{typeName}\b");
        var (file, line, character) = session.Project.SourceFiles
            .SelectMany(f => File.ReadAllLines(f).Select((text, index) => (File: f, Line: index, Match: word.Match(text))))
            .Where(x => x.Match.Success)
            .Select(x => (x.File, x.Line, x.Match.Index + 1))
            .FirstOrDefault();
        Assert.True(file is not null, $"No source file of {session.Project.ProjectFile} names {typeName}.");

        var hover = await session.Server.HoverAsync(file, line, character, RequestTimeout);
        var hoverText = hover.ValueKind != JsonValueKind.Object ? string.Empty
            : hover.GetProperty("contents") is { ValueKind: JsonValueKind.Object } contents && contents.TryGetProperty("value", out var value) ? value.GetString() ?? string.Empty
            : hover.GetProperty("contents").ToString();
        _output.WriteLine($"hover on {typeName} ({Path.GetFileName(file)}:{line + 1}): {hoverText}");
        Assert.Contains(typeName, hoverText, StringComparison.Ordinal);
        Assert.Contains(modelId, hoverText, StringComparison.Ordinal); // the generated documentation names its model

        var definition = await session.Server.DefinitionAsync(file, line, character, RequestTimeout);
        var target = Assert.Single(definition.EnumerateArray());
        var uri = target.GetProperty("uri").GetString()!;
        Assert.Contains("/generated/", uri, StringComparison.Ordinal);
        var source = await session.Server.RequestAsync("csharp/metadata", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, RequestTimeout);
        var declaration = LineOf(source.GetProperty("source").GetString()!, target.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() + 1);
        _output.WriteLine($"definition: {uri}: {declaration.Trim()}");
        Assert.Contains($"class {typeName}", declaration, StringComparison.Ordinal);
    }

    private protected static string Literal(string text) => "\"" + text + "\"";

    private protected static string LineOf(string text, int line) => text.Split('\n')[line - 1];

    /// <summary><paramref name="text"/> with the one <paramref name="from"/> on 1-based line <paramref name="line"/> replaced.</summary>
    private protected static string ReplaceOnLine(string text, int line, string from, string to)
    {
        var lines = text.Split('\n');
        var at = lines[line - 1].IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"line {line} has no {from}: {lines[line - 1]}");
        lines[line - 1] = lines[line - 1][..at] + to + lines[line - 1][(at + from.Length)..];
        return string.Join('\n', lines);
    }

    private static List<PolicyDiagnostic> Policy(IEnumerable<LspDiagnostic> diagnostics) =>
        diagnostics.Where(d => PolicyDiagnostic.IsPolicyRule(d.Code)).Select(d => d.ToPolicyDiagnostic()).ToList();

    private async Task<LanguageServerSession> SessionAsync()
    {
        var session = await _fixture.SessionAsync(Project);
        _output.WriteLine($"csharp-ls {CSharpLs.Version} loaded {Path.GetFileName(session.Project.ProjectFile)} and answered in {session.LoadTime.TotalSeconds:F1} s");
        return session;
    }
}

/// <summary>samples/FieldService, the repository's own sample, opened in csharp-ls in place.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleInCSharpLsTests(LanguageServerFixture fixture, ITestOutputHelper output)
    : CSharpLsTests(fixture, output), IClassFixture<LanguageServerFixture>
{
    private protected override IReadOnlyCollection<string> RequiredRuleIds { get; } = ["MP0001", "MP0002", "MP0003"];

    private protected override (string TypeName, string ModelId) GeneratedClient => ("FieldnotesSlmClient", "fieldnotes-slm");

    private protected override ProjectUnderTest Project() => ProjectUnderTest.Sample;

    // The sample's uses all violate or stay as they are: breaking one again is undoing the fix.
    private protected override (string Text, int Line) BreakingEdit(string fixedText, PolicyDiagnostic fixedUse) =>
        (ReplaceOnLine(fixedText, fixedUse.Line, Literal(fixedUse.SuggestedModel!), Literal(fixedUse.UsedModel!)), fixedUse.Line);
}

/// <summary>A new project on the packed package (<see cref="PackageProject"/>), opened in csharp-ls.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageProjectInCSharpLsTests(PackageFixture package, LanguageServerFixture fixture, ITestOutputHelper output)
    : CSharpLsTests(fixture, output), IClassFixture<LanguageServerFixture>
{
    private protected override IReadOnlyCollection<string> RequiredRuleIds { get; } = ["MP0001"];

    private protected override (string TypeName, string ModelId) GeneratedClient => ("HouseSlmClient", "house-slm");

    private protected override ProjectUnderTest Project() => PackageProject.Get(package);

    // Another use of the compliant model, clean in the build, switched to the cloud model the fix took away.
    private protected override (string Text, int Line) BreakingEdit(string fixedText, PolicyDiagnostic fixedUse)
    {
        var lines = fixedText.Split('\n');
        var line = Enumerable.Range(1, lines.Length).First(n => n != fixedUse.Line && lines[n - 1].Contains(Literal(fixedUse.SuggestedModel!), StringComparison.Ordinal));
        return (ReplaceOnLine(fixedText, line, Literal(fixedUse.SuggestedModel!), Literal(fixedUse.UsedModel!)), line);
    }
}
