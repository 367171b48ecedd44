using System;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ModelPolicies;

/// <summary>Dependency-injection registration shared by every generated <c>Add&lt;Name&gt;Client</c> method.</summary>
public static class ModelClientServices
{
    /// <summary>
    /// Registers a chat client keyed by <paramref name="modelId"/> (so it can be decorated through the returned
    /// builder) and the typed client <typeparamref name="TClient"/> on top of it.
    /// </summary>
    public static ChatClientBuilder Add<TClient>(
        IServiceCollection services,
        string modelId,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        Func<IChatClient, TClient> createClient)
        where TClient : ModelChatClient
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (createClient is null)
        {
            throw new ArgumentNullException(nameof(createClient));
        }

        var builder = services.AddKeyedChatClient(modelId, innerClientFactory);
        services.AddSingleton(provider => createClient(provider.GetRequiredKeyedService<IChatClient>(modelId)));
        return builder;
    }
}
