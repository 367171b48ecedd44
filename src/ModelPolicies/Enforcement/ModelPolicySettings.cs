using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ModelPolicies;

/// <summary>
/// What the run time judges models by: the merged catalog and the options the analyzer used for an assembly (the SLM
/// boundary, on <see cref="ModelCatalog.SlmMaxParameters"/>; the edge and low-latency budgets, in
/// <see cref="Defaults"/>). The generator emits one per assembly (<see cref="ModelPolicySettingsProviderAttribute"/>);
/// <see cref="ForAssembly"/> finds it.
/// </summary>
public sealed class ModelPolicySettings
{
    private static readonly ConditionalWeakTable<Assembly, Lookup> ByAssembly = new();

    // One policy per context type under these settings: read from its attributes once, verdicts cached inside it.
    private readonly ConcurrentDictionary<Type, ModelPolicy> _policies = new();

    /// <summary>Creates settings. Without <paramref name="defaults"/>, the edge budget is the catalog's SLM boundary and the latency budget 300 ms.</summary>
    public ModelPolicySettings(ModelCatalog catalog, ContextDefaults? defaults = null)
    {
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Defaults = defaults ?? new ContextDefaults(catalog.SlmMaxParameters, ModelTaxonomy.DefaultLowLatencyMaxMilliseconds);
    }

    /// <summary>The merged catalog: built-in entries (unless turned off), JSON catalogs and <c>[assembly: ModelCatalogEntry]</c>.</summary>
    public ModelCatalog Catalog { get; }

    /// <summary>The budgets of <c>[Edge]</c> and <c>[LowLatency]</c> without arguments.</summary>
    public ContextDefaults Defaults { get; }

    /// <summary>
    /// The settings emitted into <paramref name="assembly"/>, or null when it has none (it was not compiled with the
    /// ModelPolicies generator). Looked up once per assembly.
    /// </summary>
    /// <exception cref="InvalidOperationException">The assembly names a provider type without a static <c>Settings</c> property of this type.</exception>
    public static ModelPolicySettings? ForAssembly(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return ByAssembly.GetValue(assembly, static a => new Lookup(Read(a))).Settings;
    }

    /// <summary>
    /// The settings a policy for <paramref name="context"/> uses: <paramref name="explicitSettings"/>, else the ones
    /// registered in <paramref name="services"/>, else those of the context's assembly (of the entry assembly when
    /// there is no context type).
    /// </summary>
    internal static ModelPolicySettings Resolve(Type? context, ModelPolicySettings? explicitSettings, IServiceProvider? services)
    {
        if ((explicitSettings ?? services?.GetService(typeof(ModelPolicySettings)) as ModelPolicySettings) is { } given)
        {
            return given;
        }

        var assembly = context?.Assembly ?? Assembly.GetEntryAssembly();
        return (assembly is null ? null : ForAssembly(assembly))
            ?? throw new InvalidOperationException(
                $"No model policy settings for {(assembly is null ? "this process (it has no entry assembly)" : $"assembly '{assembly.GetName().Name}'")}: "
                + "reference the ModelPolicies package from that project, so that its generator emits the catalog the analyzer used, "
                + $"or pass a {nameof(ModelPolicySettings)} (to the client's constructor, or registered in the service provider).");
    }

    internal ModelPolicy PolicyFor(Type context) => _policies.TryGetValue(context, out var policy) ? policy : _policies.GetOrAdd(context, ModelPolicy.ForContext(context, this));

    private static ModelPolicySettings? Read(Assembly assembly)
    {
        if (assembly.GetCustomAttribute<ModelPolicySettingsProviderAttribute>() is not { } attribute)
        {
            return null;
        }

        var property = attribute.ProviderType.GetProperty(ModelPolicySettingsProviderAttribute.SettingsPropertyName, BindingFlags.Public | BindingFlags.Static);
        return property?.GetValue(null) as ModelPolicySettings
            ?? throw new InvalidOperationException(
                $"Assembly '{assembly.GetName().Name}' names '{attribute.ProviderType.FullName}' as its model policy settings provider, "
                + $"but that type has no public static '{ModelPolicySettingsProviderAttribute.SettingsPropertyName}' property returning {nameof(ModelPolicySettings)}.");
    }

    // A table value must be a reference, and "no settings" is an answer worth keeping too.
    private sealed class Lookup
    {
        public Lookup(ModelPolicySettings? settings) => Settings = settings;

        public ModelPolicySettings? Settings { get; }
    }
}
