using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.CodeFixes.Tests.Infrastructure;

/// <summary>An action a fixer offered for one diagnostic, as the IDE would list it.</summary>
internal sealed record OfferedFix(string DiagnosticId, string Title, string? EquivalenceKey);

/// <summary>
/// Lists the actions a fixer offers for every diagnostic of its analyzer in a source, in the order it offers them:
/// what the light bulb shows, which the fix tests (that apply one action) cannot see.
/// </summary>
internal static class OfferedFixes
{
    /// <param name="source">The code to fix.</param>
    /// <param name="apply">Also compute what each action would change, as a preview or Fix would.</param>
    /// <param name="references">More assemblies the project references (a library's clients).</param>
    /// <param name="additionalFiles">More additional files (settings files), by path.</param>
    public static async Task<ImmutableArray<OfferedFix>> ListAsync<TAnalyzer, TFixer>(
        string source, bool apply = false, IEnumerable<MetadataReference>? references = null, IEnumerable<(string Path, string Text)>? additionalFiles = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Test", "Test", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Preview))
                .WithMetadataReferences(TestReferences.All.Concat(references ?? Enumerable.Empty<MetadataReference>())))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(source), filePath: "/0/Test0.cs")
            .AddDocument(DocumentId.CreateNewId(projectId), "AiSdkStubs.cs", SourceText.From(Sources.AiSdkStubs), filePath: "/0/AiSdkStubs.cs")
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "models.json", SourceText.From(Sources.ProjectCatalog), filePath: "/project/models.json");
        foreach (var (path, text) in additionalFiles ?? Enumerable.Empty<(string, string)>())
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();

        var fixer = new TFixer();
        var offered = new List<OfferedFix>();
        foreach (var diagnostic in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
            foreach (var action in actions)
            {
                offered.Add(new OfferedFix(diagnostic.Id, action.Title, action.EquivalenceKey));
                if (apply)
                {
                    await action.GetOperationsAsync(CancellationToken.None);
                }
            }
        }

        return offered.ToImmutableArray();
    }
}
