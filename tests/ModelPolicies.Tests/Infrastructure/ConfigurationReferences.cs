using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Tests.Infrastructure;

/// <summary>
/// <see cref="TestReferences.All"/> plus the real Microsoft.Extensions.Configuration, Binder, Options and
/// DependencyInjection assemblies, for test code that reads its model ids from configuration (docs/configuration.md,
/// "Configuration-sourced ids").
/// </summary>
internal static class ConfigurationReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(() => TestReferences.All
        .AddRange(new[]
        {
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly.Location,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location,
        }
        .Where(path => !TestReferences.All.OfType<PortableExecutableReference>().Any(r => r.FilePath == path))
        .Distinct(StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))));

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;
}
