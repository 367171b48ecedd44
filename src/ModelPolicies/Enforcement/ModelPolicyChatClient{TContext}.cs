using System;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// <see cref="ModelPolicyChatClient"/> for the context of <typeparamref name="TContext"/>, as a type: a component asks
/// for <c>ModelPolicyChatClient&lt;ItsOwnType&gt;</c> in its constructor and gets the registered <see cref="IChatClient"/>
/// under its own policy (after <c>services.AddModelPolicies()</c>). With <c>[FromKeyedServices(key)]</c> it wraps the
/// <see cref="IChatClient"/> registered under that key.
/// </summary>
/// <typeparam name="TContext">The type whose attributes (and its containing types' and assembly's) give the requirements.</typeparam>
public class ModelPolicyChatClient<TContext> : ModelPolicyChatClient
{
    /// <summary>
    /// For a derived client: wraps <paramref name="innerClient"/>, which this client then owns, under the settings of
    /// <typeparamref name="TContext"/>'s assembly. (Not public: the service provider must see one constructor only.)
    /// </summary>
    protected ModelPolicyChatClient(IChatClient innerClient)
        : base(innerClient, ModelPolicy.For<TContext>())
    {
    }

    /// <summary>
    /// For the service provider: wraps the <see cref="IChatClient"/> registered under <paramref name="serviceKey"/>
    /// (none: the unkeyed one), which stays the provider's to dispose, and applies the <c>AddModelPolicies</c> callbacks.
    /// </summary>
    [ActivatorUtilitiesConstructor]
    public ModelPolicyChatClient(IServiceProvider services, [ServiceKey] object? serviceKey = null)
        : base(
            RegisteredClient(services, serviceKey),
            ModelPolicy.Resolve(typeof(TContext), null, services),
            services.GetService<ILoggerFactory>(),
            ownsInnerClient: false)
    {
        foreach (var configuration in services.GetServices<ModelPolicyConfiguration>())
        {
            configuration.Configure(this);
        }
    }

    private static IChatClient RegisteredClient(IServiceProvider services, object? serviceKey)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        return serviceKey is null ? services.GetRequiredService<IChatClient>() : services.GetRequiredKeyedService<IChatClient>(serviceKey);
    }
}
