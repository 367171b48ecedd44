using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ModelPolicies.Tests;

/// <summary>
/// The dependency directions of docs/architecture.md: every name in the analyzer's sources is bound, and a folder
/// that uses a folder it may not is reported with the file and the name.
/// </summary>
public class ArchitectureTests
{
    private const string Analyzers = "ModelPolicies.Analyzers";

    // Besides the taxonomy, the root infrastructure and Roslyn (docs/architecture.md, "What may depend on what").
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Options"] = Array.Empty<string>(),
        ["Catalog"] = new[] { "Options" },
        ["Contexts"] = new[] { "Options" },
        ["Configuration"] = new[] { "Options", "Catalog" },
        ["ModelUses"] = new[] { "Options", "Catalog", "Contexts", "Configuration" },
        ["Generator"] = new[] { "Options", "Catalog" },
        ["Inventory"] = new[] { "Options", "Catalog", "Contexts", "ModelUses", "Generator", "Configuration" },
        ["Rules"] = new[] { "Options", "Catalog", "Contexts", "ModelUses", "Configuration" },
        [""] = Array.Empty<string>(),
    };

    private static readonly Lazy<(Compilation Compilation, List<SyntaxTree> Analyzer)> Sources = new(() =>
    {
        var analyzer = Directory.EnumerateFiles(Repository.PathOf("src/ModelPolicies.Analyzers"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path))
            .ToList();
        var taxonomy = Directory.EnumerateFiles(Repository.PathOf("src/Taxonomy"), "*.cs")
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path));
        var references = TestReferences.All.Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
        });
        var compilation = CSharpCompilation.Create(
            "Architecture",
            analyzer.Concat(taxonomy),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, analyzer);
    });

    [Fact]
    public void The_analyzer_sources_bind_so_the_check_below_sees_every_name()
    {
        var errors = Sources.Value.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0518").Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Each_folder_uses_only_the_folders_it_may()
    {
        var violations = new List<string>();
        var (compilation, trees) = Sources.Value;
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var own = Layer(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString());
            if (own is null && tree.FilePath.Contains("Polyfills", StringComparison.Ordinal))
            {
                continue; // BCL attributes for netstandard2.0, in the BCL's namespaces
            }

            if (own is null || !Allowed.TryGetValue(own, out var allowed))
            {
                violations.Add($"{Relative(tree)}: namespace of no known folder");
                continue;
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var used = symbol switch
                {
                    INamespaceSymbol ns => Layer(ns.ToDisplayString()),
                    null => null,
                    _ => Layer(symbol.ContainingNamespace?.ToDisplayString()),
                };
                if (used is not null && used != own && used != "" && !allowed.Contains(used))
                {
                    violations.Add($"{Relative(tree)}: {own} uses {used} ('{name}')");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Distinct()));
    }

    [Fact]
    public void Nothing_but_the_rules_makes_diagnostics()
    {
        var makers = new List<string>();
        var (compilation, trees) = Sources.Value;
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var own = Layer(tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString());
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { Name: "Create", ContainingType.Name: "Diagnostic" } && own != "Rules")
                {
                    makers.Add($"{Relative(tree)}: {invocation}");
                }
            }
        }

        Assert.Empty(makers);
    }

    // "ModelPolicies.Analyzers.Catalog" → "Catalog"; the root namespace → ""; anything else (Taxonomy, Roslyn, the BCL) → null.
    private static string? Layer(string? ns)
    {
        if (ns is null || !ns.StartsWith(Analyzers, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns.Substring(Analyzers.Length).TrimStart('.');
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest.Substring(0, dot);
    }

    private static string Relative(SyntaxTree tree) => Path.GetRelativePath(Repository.Root, tree.FilePath);
}
