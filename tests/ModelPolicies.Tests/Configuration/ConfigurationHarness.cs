using System;
using System.Collections.Immutable;
using System.Linq;
using ModelPolicies.Analyzers.Configuration;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ModelPolicies.Tests.Configuration;

/// <summary>
/// Compiles C# against the real Microsoft.Extensions.Configuration, Binder, Options and DependencyInjection
/// assemblies, finds the expression marked <c>[|…|]</c>, and asks <see cref="ConfigurationReads"/> what it reads from
/// the given settings files.
/// </summary>
internal static class ConfigurationHarness
{
    /// <summary>The test references plus the real configuration, binder, options and DI assemblies.</summary>
    public static ImmutableArray<MetadataReference> References => ConfigurationReferences.All;

    /// <summary>The usings every snippet starts with, so tests show only what they are about.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        """;

    /// <summary>What the marked expression of <paramref name="code"/> (plus <paramref name="otherFiles"/>) reads.</summary>
    public static ConfigurationRead? Resolve(string code, (string Path, string Json)[] settings, params string[] otherFiles)
    {
        var (operation, compilation) = MarkedOperation(code, otherFiles);
        var reads = ConfigurationReads.Create(compilation, Settings(settings));
        Assert.NotNull(reads);
        return reads!.Resolve(operation, default);
    }

    /// <summary>The project settings of in-memory files, each with no metadata of its own.</summary>
    public static ProjectSettings Settings(params (string Path, string Json)[] files) =>
        ProjectSettings.From(files.Select(f => ((AdditionalText)new InMemoryAdditionalText(f.Path, f.Json), (AnalyzerConfigOptions?)null)), default);

    public static (IOperation Operation, CSharpCompilation Compilation) MarkedOperation(string code, params string[] otherFiles)
    {
        TestFileMarkupParser.GetSpan(Usings + code, out var source, out var span);
        var compilation = Compile(source, otherFiles);
        var tree = compilation.SyntaxTrees.First();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the test code does not compile:\n" + string.Join("\n", errors));

        var node = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true);
        while (node.Span != span && node.Parent is not null)
        {
            node = node.Parent;
        }

        Assert.Equal(span, node.Span);
        var operation = compilation.GetSemanticModel(tree).GetOperation(node);
        Assert.NotNull(operation);
        return (operation!, compilation);
    }

    /// <summary>The compilation of <paramref name="source"/> (as Program.cs) and the other files, errors and all.</summary>
    public static CSharpCompilation Compile(string source, params string[] otherFiles)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(source, options, path: "Program.cs");
        var trees = otherFiles.Select((text, i) => CSharpSyntaxTree.ParseText(Usings + text, options, path: $"Other{i}.cs")).Prepend(tree);
        return CSharpCompilation.Create(
            "ConfigurationTest",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Each value as "file: key = value", in the order given.</summary>
    public static string[] Describe(ConfigurationRead read) =>
        read.Values.Select(v => $"{v.FilePath}: {v.Key} = {v.Value}").ToArray();

    /// <summary>The text of the file at each value's span, as written (quotes included).</summary>
    public static string[] Written(ConfigurationRead read) =>
        read.Values.Select(v => v.Text.ToString(v.Span)).ToArray();

    public static TextSpan SpanOf(string json, string written)
    {
        var at = json.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{written}' is not in the file");
        Assert.True(json.IndexOf(written, at + 1, StringComparison.Ordinal) < 0, $"'{written}' is in the file twice");
        return new TextSpan(at, written.Length);
    }
}
