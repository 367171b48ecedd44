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
    public void Rule_is_reported_by_exactly_one_analyzer(string id)
    {
        Assert.Single(Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
    }
}
