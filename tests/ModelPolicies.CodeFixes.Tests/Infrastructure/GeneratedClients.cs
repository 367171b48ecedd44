using System.Collections.Generic;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ModelPolicies.CodeFixes.Tests.Infrastructure;

/// <summary>
/// The typed clients the generator emits for a test project — from the shared project catalog and the source's
/// <c>[assembly: ModelClient]</c> requests — as one source file (the generator's other output, the run-time settings, is left out). A fix test adds it as an ordinary file, so that
/// the fixer sees exactly the generated code, as it does in a build (the test framework's own generator run is not
/// visible to the fixer).
/// </summary>
internal static class GeneratedClients
{
    public static string For(string source, string rootNamespace)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "FieldNotes",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText("/project/models.json", Sources.ProjectCatalog) },
            parseOptions,
            new GlobalOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }));
        var run = driver.RunGenerators(compilation).GetRunResult();
        Assert.Empty(run.Diagnostics);
        // The clients' file; the run-time settings file beside it declares nothing a fix could name.
        return Assert.Single(run.Results[0].GeneratedSources, s => s.HintName.EndsWith(".ModelClients.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
    }
}
