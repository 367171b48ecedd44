using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ModelPolicies.Tests.Infrastructure;

/// <summary>Analyzer tests with the AI SDK stand-ins and the project catalog in place.</summary>
internal static class PolicyVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, globalConfig: null, expected);

    public static Task VerifyAsync(string source, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, globalConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static AnalyzerVerifier<TAnalyzer>.Test Create(string source, string? globalConfig = null)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(("AiSdkStubs.cs", Sources.AiSdkStubs));
        test.TestState.AdditionalFiles.Add(("/project/models.json", Sources.ProjectCatalog));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }
}
