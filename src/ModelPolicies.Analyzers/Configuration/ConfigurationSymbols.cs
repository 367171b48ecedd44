using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// The Microsoft.Extensions.Configuration and Options types configuration reads go through, resolved once per
/// compilation. Only <see cref="IConfiguration"/> is required; each other type is null when its package is not referenced.
/// </summary>
internal sealed class ConfigurationSymbols
{
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isConfiguration = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isSection = new(SymbolEqualityComparer.Default);
    private readonly Func<ITypeSymbol, bool> _computeIsConfiguration;
    private readonly Func<ITypeSymbol, bool> _computeIsSection;

    private ConfigurationSymbols(Compilation compilation, INamedTypeSymbol configuration)
    {
        IConfiguration = configuration;
        IConfigurationSection = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        ConfigurationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationExtensions");
        ConfigurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        ConfigurationKeyNameAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationKeyNameAttribute");
        IOptions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptions`1");
        IOptionsSnapshot = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptionsSnapshot`1");
        IOptionsMonitor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptionsMonitor`1");
        OptionsBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.OptionsBuilder`1");
        OptionsServiceCollectionExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions");
        OptionsConfigurationServiceCollectionExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
        OptionsBuilderConfigurationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
        _computeIsConfiguration = type => Is(type, IConfiguration);
        _computeIsSection = type => IConfigurationSection is { } section && Is(type, section);
    }

    public INamedTypeSymbol IConfiguration { get; }

    public INamedTypeSymbol? IConfigurationSection { get; }

    /// <summary><c>GetConnectionString</c>, <c>GetRequiredSection</c>.</summary>
    public INamedTypeSymbol? ConfigurationExtensions { get; }

    /// <summary><c>GetValue</c>, <c>Get</c>, <c>Bind</c>.</summary>
    public INamedTypeSymbol? ConfigurationBinder { get; }

    public INamedTypeSymbol? ConfigurationKeyNameAttribute { get; }

    public INamedTypeSymbol? IOptions { get; }

    public INamedTypeSymbol? IOptionsSnapshot { get; }

    public INamedTypeSymbol? IOptionsMonitor { get; }

    public INamedTypeSymbol? OptionsBuilder { get; }

    /// <summary><c>AddOptions&lt;T&gt;(name)</c>, which names the options an <see cref="OptionsBuilder"/> binds.</summary>
    public INamedTypeSymbol? OptionsServiceCollectionExtensions { get; }

    /// <summary><c>services.Configure&lt;T&gt;(config)</c>.</summary>
    public INamedTypeSymbol? OptionsConfigurationServiceCollectionExtensions { get; }

    /// <summary><c>optionsBuilder.Bind(config)</c>, <c>optionsBuilder.BindConfiguration(path)</c>.</summary>
    public INamedTypeSymbol? OptionsBuilderConfigurationExtensions { get; }

    /// <summary>The symbols, or null when the compilation does not reference Microsoft.Extensions.Configuration.</summary>
    public static ConfigurationSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is { } configuration
            ? new ConfigurationSymbols(compilation, configuration)
            : null;

    /// <summary>True for <c>IConfiguration</c> and every type that is one (sections, roots, the manager).</summary>
    public bool IsConfiguration(ITypeSymbol? type) =>
        type is not null && _isConfiguration.GetOrAdd(type, _computeIsConfiguration);

    /// <summary>True for <c>IConfigurationSection</c> and the types that implement it.</summary>
    public bool IsSection(ITypeSymbol? type) =>
        type is not null && _isSection.GetOrAdd(type, _computeIsSection);

    public static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? definition) =>
        type is not null && definition is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition);

    private static bool Is(ITypeSymbol type, INamedTypeSymbol wanted)
    {
        if (SymbolEqualityComparer.Default.Equals(type, wanted))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, wanted))
            {
                return true;
            }
        }

        return false;
    }
}
