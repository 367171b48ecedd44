using System;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>A service provider that holds only explicit <see cref="ModelPolicySettings"/>, as an app registers them.</summary>
internal sealed class SettingsProvider : IServiceProvider
{
    private readonly ModelPolicySettings _settings;

    public SettingsProvider(ModelPolicySettings settings) => _settings = settings;

    public object? GetService(Type serviceType) => serviceType == typeof(ModelPolicySettings) ? _settings : null;
}
