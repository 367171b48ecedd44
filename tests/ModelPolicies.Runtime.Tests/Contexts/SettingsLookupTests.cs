using System;
using Microsoft.Extensions.AI;
using ModelPolicies.Runtime.Tests.Infrastructure;
using Xunit;
using static ModelPolicies.Runtime.Tests.Infrastructure.DynamicContexts;

namespace ModelPolicies.Runtime.Tests.Contexts;

/// <summary>The settings an assembly carries: <c>[assembly: ModelPolicySettingsProvider(typeof(…))]</c>, as the generator emits it.</summary>
public class SettingsLookupTests
{
    [Fact]
    public void Settings_are_found_through_the_assembly_attribute()
    {
        var settings = ModelPolicySettings.ForAssembly(typeof(NoteSummarizer).Assembly);

        Assert.Same(EmittedModelPolicySettings.Settings, settings);
        Assert.Same(settings, ModelPolicySettings.ForAssembly(typeof(NoteSummarizer).Assembly));
    }

    [Fact]
    public void An_assembly_compiled_without_the_generator_has_no_settings()
    {
        Assert.Null(ModelPolicySettings.ForAssembly(typeof(object).Assembly));
    }

    [Fact]
    public void A_context_without_settings_is_refused_with_what_to_do()
    {
        var assembly = Assembly("Contoso.Unbuilt");
        var context = Type(assembly, "Contoso.Unbuilt.Summarizer", Edge()).CreateType();

        var missing = Assert.Throws<InvalidOperationException>(() => ModelPolicy.For(context));
        var fromBuilder = Assert.Throws<InvalidOperationException>(() => new FakeChatClient().AsBuilder().UseModelPolicy(context).Build());

        Assert.Contains("'Contoso.Unbuilt'", missing.Message);
        Assert.Contains("reference the ModelPolicies package", missing.Message);
        Assert.Equal(missing.Message, fromBuilder.Message);
    }

    [Fact]
    public void A_provider_without_a_settings_property_is_reported_by_name()
    {
        var assembly = Assembly("Contoso.Broken", SettingsProvider(typeof(ProviderWithoutSettings)));

        var broken = Assert.Throws<InvalidOperationException>(() => ModelPolicySettings.ForAssembly(assembly.Assembly));

        Assert.Contains(typeof(ProviderWithoutSettings).FullName!, broken.Message);
        Assert.Contains($"'{ModelPolicySettingsProviderAttribute.SettingsPropertyName}'", broken.Message);
    }

    [Fact]
    public void Settings_without_defaults_take_the_catalogs_slm_boundary_and_300_ms()
    {
        var catalog = new ModelCatalog(TestCatalog.Catalog.Entries, slmMaxParameters: 8_000_000_000);

        var settings = new ModelPolicySettings(catalog);

        Assert.Equal(new ContextDefaults(8_000_000_000, 300), settings.Defaults);
    }

    private static class ProviderWithoutSettings
    {
    }
}
