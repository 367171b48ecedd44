using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ModelPolicies.Tests.Infrastructure;
using Xunit;

namespace ModelPolicies.Tests;

/// <summary>
/// The docs as a reader follows them: every relative link in the README, docs/ and the package readme leads to a file
/// of the repository, and every <c>#anchor</c> into a Markdown page to one of its headings (GitHub's heading ids).
/// </summary>
public class DocsLinkTests
{
    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.Compiled);
    private static readonly Regex Heading = new(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Fence = new(@"^```.*?^```", RegexOptions.Compiled | RegexOptions.Multiline | RegexOptions.Singleline);

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var page in Directory.EnumerateFiles(Repository.PathOf("docs"), "*.md", SearchOption.AllDirectories)
            .Append(Repository.PathOf("README.md"))
            .Concat(Directory.EnumerateFiles(Repository.PathOf("src"), "PACKAGE.md", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_every_anchor_to_a_heading(string page)
    {
        var path = Repository.PathOf(page);
        var text = Fence.Replace(File.ReadAllText(path), string.Empty);
        var broken = new List<string>();
        foreach (Match match in Link.Matches(text))
        {
            var target = match.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !HeadingIds(resolved).Contains(anchor))
            {
                broken.Add($"{target}: no heading '{anchor}'");
            }
        }

        Assert.True(broken.Count == 0, $"{page}:{Environment.NewLine}" + string.Join(Environment.NewLine, broken));
    }

    [Theory]
    [InlineData("## What counts as a use", "what-counts-as-a-use")]
    [InlineData("### `[assembly: ModelCatalogEntry]`", "assembly-modelcatalogentry")]
    [InlineData("## MP0007: Enforced at run time — the remedy", "mp0007-enforced-at-run-time--the-remedy")]
    public void Heading_ids_are_GitHubs(string heading, string id) =>
        Assert.Equal(id, Id(Heading.Match(heading).Groups["text"].Value));

    // GitHub's ids: lower case, punctuation dropped (hyphens and underscores kept), spaces made hyphens; repeats numbered.
    private static HashSet<string> HeadingIds(string page)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match heading in Heading.Matches(Fence.Replace(File.ReadAllText(page), string.Empty)))
        {
            var id = Id(heading.Groups["text"].Value);
            var count = seen.TryGetValue(id, out var n) ? n : 0;
            seen[id] = count + 1;
            ids.Add(count == 0 ? id : $"{id}-{count}");
        }

        return ids;
    }

    private static string Id(string heading)
    {
        var text = Regex.Replace(heading, @"\[([^\]]*)\]\([^)]*\)", "$1"); // a link in a heading keeps its text
        var id = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id.Append(c);
            }
            else if (c == ' ')
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }
}
