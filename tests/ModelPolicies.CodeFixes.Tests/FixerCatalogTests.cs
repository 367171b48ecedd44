using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Reflection;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ModelPolicies.CodeFixes.Tests;

/// <summary>What every fixer promises: its own equivalence key, Fix All everywhere, and an order dotnet format can rely on.</summary>
public class FixerCatalogTests
{
    private static readonly Type[] FixerTypes = typeof(UseCompliantModelFixer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .ToArray();

    public static IEnumerable<object[]> Fixers => FixerTypes.Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(Fixers))]
    public void Fixer_is_exported_for_CSharp_and_fixes_all_in_document_project_and_solution(string name)
    {
        var type = FixerTypes.Single(t => t.Name == name);
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Contains("C#", export!.Languages);
        Assert.Equal(name, export.Name);

        var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
        Assert.Superset(
            new HashSet<FixAllScope> { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution },
            new HashSet<FixAllScope>(fixer.GetFixAllProvider()!.GetSupportedFixAllScopes()));
    }

    [Fact]
    public void Every_kind_of_fix_has_its_own_equivalence_key()
    {
        var keys = new[]
        {
            UseCompliantModelFixer.BestModelKey,
            UseCompliantModelFixer.CandidateKey("phi-4-mini"),
            AllowModelFixer.Key,
            CatalogClassFixer.Key,
            JustificationFixer.Key,
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(UseCompliantModelFixer.CandidateKey("phi-4-mini"), UseCompliantModelFixer.CandidateKey("pocket-slm"));
    }

    // dotnet format runs the fixers of a diagnostic id in assembly order, and only the first one that changes
    // anything has an effect: "use a compliant model" must come before "allow this model here".
    [Fact]
    public void Compliant_model_fixer_comes_before_the_exemption_fixer()
    {
        var order = FixerTypes.Select(t => t.Name).ToList();
        Assert.True(
            order.IndexOf(nameof(UseCompliantModelFixer)) < order.IndexOf(nameof(AllowModelFixer)),
            "fixer order: " + string.Join(", ", order));
    }

    // The rules index (docs/rules/README.md) says which rules have a code fix; the fixers are the truth.
    [Fact]
    public void Rules_index_code_fix_column_matches_the_fixers()
    {
        var fixable = FixerTypes
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
        var rows = File.ReadAllLines(Repository.PathOf("docs/rules/README.md"))
            .Where(line => line.StartsWith("| [MP", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, cells => Assert.Equal(fixable.Contains(cells[1].Substring(1, 6)) ? "Yes" : "No", cells[4]));
    }
}
