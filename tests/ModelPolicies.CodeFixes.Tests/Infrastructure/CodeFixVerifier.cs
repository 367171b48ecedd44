using System.Threading.Tasks;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ModelPolicies.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Runs a fixer over test sources with the shared references, the AI SDK stand-ins and the project catalog in
/// place; locations come from markup. Each test checks the fix one diagnostic at a time and Fix All in the
/// document, the project and the solution.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TFixer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFixer : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TFixer, DefaultVerifier>.Diagnostic(id);

    /// <summary>Verifies that the fix of <paramref name="equivalenceKey"/> (else the first action) turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null, params DiagnosticResult[] expected)
    {
        var test = Create(source, fixedSource);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Verifies that no fix is offered: the source stays as it is.</summary>
    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source, source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Test Create(string source, string fixedSource, string? globalConfig = null)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };

        // Markup in the fixed code marks what a fix leaves behind, fixable or not.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.TestState.Sources.Add(("AiSdkStubs.cs", Sources.AiSdkStubs));
        test.FixedState.Sources.Add(("AiSdkStubs.cs", Sources.AiSdkStubs));
        test.TestState.AdditionalFiles.Add(("/project/models.json", Sources.ProjectCatalog));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }
}
