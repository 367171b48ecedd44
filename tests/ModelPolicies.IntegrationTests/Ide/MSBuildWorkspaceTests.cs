using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Xunit;
using Xunit.Abstractions;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>
/// Roslyn's own MSBuild workspace, in process: the host dotnet format runs, and the one of the hosts here that runs
/// third-party code fixes (csharp-ls does not). Projects are opened from their files, as those hosts open them.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class MSBuildWorkspaceTests(PackageFixture package, ITestOutputHelper output)
{
    [DotnetTheory]
    [InlineData("")] // as dotnet format opens it
    [InlineData("net10.0")] // as csharp-ls opens it: the app's TargetFramework made global for every project loaded
    public async Task Sample_has_the_builds_policy_diagnostics_and_nothing_fails_to_compile(string globalTargetFramework)
    {
        var sample = ProjectUnderTest.Sample;
        var properties = globalTargetFramework.Length == 0 ? new Dictionary<string, string>() : new() { ["TargetFramework"] = globalTargetFramework };
        using var workspace = MSBuildWorkspace.Create(properties);
        var project = await OpenAsync(workspace, sample.ProjectFile);

        var diagnostics = await DiagnosticsAsync(project);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "MSBuildWorkspace has compile errors the build does not have:\n" + string.Join('\n', errors));
        Assert.NotEmpty(sample.Build);
        Assert.Equal(PolicyDiagnostic.Lines(sample.Build), PolicyDiagnostic.Lines(Policy(diagnostics)));
    }

    [DotnetFact]
    public async Task Package_code_fix_applied_in_the_workspace_makes_MP0001_compliant_and_the_result_compiles()
    {
        var target = PackageProject.Get(package);
        var built = Assert.Single(target.Build, d => d.Id == "MP0001");

        using var workspace = MSBuildWorkspace.Create();
        var project = await OpenAsync(workspace, target.ProjectFile);
        var diagnostic = Assert.Single(await DiagnosticsAsync(project), d => d.Id == "MP0001");
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;

        // The fixers in the order of their types in the package's assembly: the order dotnet format tries them in.
        var actions = new List<CodeAction>();
        foreach (var fixer in PackageFixers(project).Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        Assert.NotEmpty(actions);
        var first = actions[0].NestedActions.IsDefaultOrEmpty ? actions[0] : actions[0].NestedActions[0];
        output.WriteLine("offered: " + string.Join(" | ", actions.Select(a => a.Title)));
        var operations = await first.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;

        var fixedProject = changed.GetProject(project.Id)!;
        var fixedText = (await fixedProject.GetDocument(document.Id)!.GetTextAsync()).ToString();
        output.WriteLine($"applied '{first.Title}':\n{fixedText}");
        var fixedLine = fixedText.Split('\n')[built.Line - 1];
        Assert.Contains($"\"{built.SuggestedModel}\"", fixedLine, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{built.UsedModel}\"", fixedLine, StringComparison.Ordinal);

        var after = await DiagnosticsAsync(fixedProject);
        Assert.Empty(Policy(after));
        Assert.DoesNotContain(after, d => d.Severity == DiagnosticSeverity.Error);
        using var assembly = new MemoryStream();
        var emit = (await fixedProject.GetCompilationAsync())!.Emit(assembly);
        Assert.True(emit.Success, string.Join('\n', emit.Diagnostics));
    }

    private static async Task<Project> OpenAsync(MSBuildWorkspace workspace, string projectFile)
    {
        var project = await workspace.OpenProjectAsync(projectFile);
        var failures = workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure).ToList();
        Assert.True(failures.Count == 0, $"MSBuildWorkspace could not load {projectFile} whole:\n" + string.Join('\n', failures));
        return project;
    }

    /// <summary>The compilation's diagnostics (source generators run) and those of the ModelPolicies analyzers.</summary>
    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = project.AnalyzerReferences
            .Where(r => Path.GetFileName(r.FullPath)?.StartsWith("ModelPolicies.", StringComparison.Ordinal) == true)
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
        Assert.NotEmpty(analyzers);
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
    }

    private static IEnumerable<PolicyDiagnostic> Policy(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => PolicyDiagnostic.IsPolicyRule(d.Id) && d.Location.IsInSource && !d.IsSuppressed)
            .Select(d => new PolicyDiagnostic(d.Location.SourceTree!.FilePath, d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage()));

    /// <summary>
    /// The code fixes the package ships, loaded from its analyzers/dotnet/cs folder (the one the project's analyzer
    /// reference points at) beside the analyzer assembly they use; Roslyn itself comes from this host.
    /// </summary>
    private IReadOnlyList<CodeFixProvider> PackageFixers(Project project)
    {
        var analyzer = Assert.Single(project.AnalyzerReferences, r => Path.GetFileName(r.FullPath) == "ModelPolicies.Analyzers.dll").FullPath!;
        var folder = Path.GetDirectoryName(analyzer)!;
        Assert.EndsWith(Path.Combine("modelpolicies", package.Version.ToLowerInvariant(), "analyzers", "dotnet", "cs"), folder, StringComparison.Ordinal);
        var assembly = new PackageLoadContext(folder).LoadFromAssemblyPath(Path.Combine(folder, "ModelPolicies.CodeFixes.dll"));
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
    }

    private sealed class PackageLoadContext(string folder) : AssemblyLoadContext("modelpolicies-package")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
