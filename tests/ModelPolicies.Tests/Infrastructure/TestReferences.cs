extern alias runtime;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ModelPolicies.Tests.Infrastructure;

/// <summary>
/// The references every test compilation uses, built once per test run: the running framework's assemblies
/// plus the ModelPolicies runtime and Microsoft.Extensions.AI. Nothing is downloaded.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Create);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;


    /// <summary>No reference package at all: <see cref="All"/> is added to each test instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static string RuntimePath => typeof(runtime::ModelPolicies.EdgeAttribute).Assembly.Location;

    private static ImmutableArray<MetadataReference> Create()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var frameworkAssemblies = Directory.EnumerateFiles(framework, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll"));
        var extras = new[]
        {
            RuntimePath,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location,
            typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location,
        };
        return frameworkAssemblies.Concat(extras)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
