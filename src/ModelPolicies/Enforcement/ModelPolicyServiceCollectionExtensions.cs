using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ModelPolicies;

/// <summary>Registers the enforced clients of run-time model policies (docs/runtime.md, "Dependency injection").</summary>
public static class ModelPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="ModelPolicyChatClient{TContext}"/> resolvable for every context type: it wraps the registered
    /// <see cref="Microsoft.Extensions.AI.IChatClient"/>, or, resolved with a key (<c>[FromKeyedServices(key)]</c>),
    /// the one registered under that key. A <see cref="ModelPolicySettings"/> registered in the container replaces the
    /// settings emitted into each context's assembly.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Applied to every enforced client the container creates: choose the mode, the logger factory.</param>
    /// <param name="lifetime">The clients' lifetime; match the wrapped <c>IChatClient</c>'s (singleton by default, as <c>AddChatClient</c>'s).</param>
    public static IServiceCollection AddModelPolicies(
        this IServiceCollection services, Action<ModelPolicyChatClient>? configure = null, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.TryAdd(new ServiceDescriptor(typeof(ModelPolicyChatClient<>), typeof(ModelPolicyChatClient<>), lifetime));
        services.TryAdd(new ServiceDescriptor(typeof(ModelPolicyChatClient<>), KeyedService.AnyKey, typeof(ModelPolicyChatClient<>), lifetime));
        if (configure is not null)
        {
            services.AddSingleton(new ModelPolicyConfiguration(configure));
        }

        return services;
    }
}

/// <summary>One <c>AddModelPolicies</c> callback, applied in registration order to each client the container creates.</summary>
internal sealed class ModelPolicyConfiguration
{
    private readonly Action<ModelPolicyChatClient> _configure;

    public ModelPolicyConfiguration(Action<ModelPolicyChatClient> configure) => _configure = configure;

    public void Configure(ModelPolicyChatClient client) => _configure(client);
}
