using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>Runs the client generator over in-memory projects, compiles the result and loads it.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Contoso.App",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"Source{i}.cs")),
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText>? catalogs = null, IDictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            catalogs ?? Array.Empty<AdditionalText>(),
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.App" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static AdditionalText Catalog(string json, string path = "/p/models.json") => new InMemoryAdditionalText(path, json);

    /// <summary>Generates, then compiles everything; fails on any error or generator exception.</summary>
    public static (Compilation Output, GeneratorRunResult Run) Generate(string source, params AdditionalText[] catalogs)
    {
        var driver = Driver(catalogs).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        return (output, run);
    }

    /// <summary>The one generated clients file: every client of the compilation is in it.</summary>
    public static GeneratedSourceResult GeneratedFile(GeneratorRunResult run) => Assert.Single(ClientFiles(run));

    /// <summary>The generated clients files: one, or none when the compilation has no clients.</summary>
    public static IEnumerable<GeneratedSourceResult> ClientFiles(GeneratorRunResult run) =>
        run.GeneratedSources.Where(s => s.HintName.EndsWith(".ModelClients.g.cs", StringComparison.Ordinal));

    /// <summary>The generated run-time settings file (docs/runtime.md).</summary>
    public static GeneratedSourceResult SettingsFile(GeneratorRunResult run) =>
        Assert.Single(run.GeneratedSources, s => s.HintName.EndsWith(".ModelPolicySettings.g.cs", StringComparison.Ordinal));

    /// <summary>One client class of the generated file, from its doc comment to its closing brace.</summary>
    public static string GeneratedText(GeneratorRunResult run, string typeName) =>
        Classes(run).Single(c => c.Identifier.ValueText == typeName).ToFullString();

    /// <summary>The client classes of the generated file, in file order (the DI extensions class left out).</summary>
    public static IEnumerable<string> ClientNames(GeneratorRunResult run) =>
        Classes(run).Where(c => c.Modifiers.Any(SyntaxKind.SealedKeyword)).Select(c => c.Identifier.ValueText);

    /// <summary>The <c>Add&lt;Name&gt;Client</c> methods of the generated DI extensions class, in file order.</summary>
    public static IEnumerable<string> RegistrationNames(GeneratorRunResult run) =>
        Classes(run).Single(c => c.Identifier.ValueText == "ModelClientServiceCollectionExtensions")
            .Members.OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText);

    private static IEnumerable<ClassDeclarationSyntax> Classes(GeneratorRunResult run) =>
        GeneratedFile(run).SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>();

    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
    }

    public static ImmutableArray<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
