using System;
using System.IO;

namespace ModelPolicies.Tests.Infrastructure;

/// <summary>Paths in this repository, found from the test binaries by walking up to Policies.sln.</summary>
internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Policies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Policies.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
