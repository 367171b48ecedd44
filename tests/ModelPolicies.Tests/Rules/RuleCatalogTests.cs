using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ModelPolicies.Tests.Rules;

/// <summary>Every rule has its page, its help link, its release entry, and an analyzer that reports it.</summary>
public class RuleCatalogTests
{
    public static IEnumerable<object[]> AllDescriptors =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Select(d => new object[] { d.Id });

    private static DiagnosticDescriptor Descriptor(string id) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Single(d => d.Id == id);

    private static IEnumerable<DiagnosticAnalyzer> Analyzers =>
        typeof(Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Help_link_points_at_the_rules_docs_page(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"https://github.com/modelpolicies/modelpolicies/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = Repository.PathOf($"docs/rules/{id}.md");
        Assert.True(File.Exists(page), $"missing {page}");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Rule_is_in_the_release_tracking_file_with_its_severity(string id)
    {
        var descriptor = Descriptor(id);
        var unshipped = File.ReadAllLines(Repository.PathOf("src/ModelPolicies.Analyzers/AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith($"{id} | {RuleIds.Category} | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));
        Assert.Equal(RuleIds.Category, descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Rules_index_lists_the_rule_with_its_title_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var row = File.ReadAllLines(Repository.PathOf("docs/rules/README.md"))
            .SingleOrDefault(line => line.StartsWith($"| [{id}]({id}.md) |", StringComparison.Ordinal));
        Assert.NotNull(row);
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Title.ToString(), cells[2]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[3]);
    }

    [Fact]
    public void Rules_index_lists_no_rule_that_does_not_exist()
    {
        var ids = AllDescriptors.Select(d => (string)d[0]).ToHashSet();
        var listed = File.ReadAllLines(Repository.PathOf("docs/rules/README.md"))
            .Where(line => line.StartsWith("| [MP", StringComparison.Ordinal))
            .Select(line => line.Substring(3, 6));
        Assert.All(listed, id => Assert.Contains(id, ids));
    }

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Rule_is_reported_by_exactly_one_analyzer(string id)
    {
        Assert.Single(Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
    }

    // docs page → analyzer → tests in three hops: the page names the analyzer, the fixer and the tests, and each is real.
    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Rule_page_names_its_analyzer_fixer_and_tests_and_they_exist(string id)
    {
        var page = File.ReadAllLines(Repository.PathOf($"docs/rules/{id}.md"));
        var constant = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => (string?)f.GetValue(null) == id).Name;

        var analyzer = Assert.Single(Links(page, "Analyzer"));
        var analyzerType = Analyzers.Single(a => a.GetType().Name == Path.GetFileNameWithoutExtension(analyzer));
        Assert.Contains(analyzerType.SupportedDiagnostics, d => d.Id == id);
        Assert.StartsWith("src/ModelPolicies.Analyzers/Rules/", analyzer, StringComparison.Ordinal);

        foreach (var fixer in Links(page, "Fixer"))
        {
            Assert.StartsWith("src/ModelPolicies.CodeFixes/", fixer, StringComparison.Ordinal);
            Assert.Contains($"RuleIds.{constant}", File.ReadAllText(Repository.PathOf(fixer)), StringComparison.Ordinal);
        }

        var tests = Links(page, "Tests");
        Assert.NotEmpty(tests);
        Assert.All(tests, test => Assert.True(
            File.ReadAllText(Repository.PathOf(test)) is var text && (text.Contains(id, StringComparison.Ordinal) || text.Contains(constant, StringComparison.Ordinal)),
            $"{test} does not test {id}"));
    }

    // The repository paths a row of the page's property table links to ("| Analyzer | [`X.cs`](../../src/…) |").
    private static List<string> Links(string[] page, string row)
    {
        var line = page.SingleOrDefault(l => l.StartsWith($"| {row} |", StringComparison.Ordinal));
        Assert.True(line is not null, $"no '{row}' row");
        var links = System.Text.RegularExpressions.Regex.Matches(line!, @"\]\(\.\./\.\./([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.All(links, link => Assert.True(File.Exists(Repository.PathOf(link)), $"{link} does not exist"));
        return links;
    }
}
