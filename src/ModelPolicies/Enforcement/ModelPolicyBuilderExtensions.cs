using System;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// <c>UseModelPolicy</c> on Microsoft.Extensions.AI's client builders (SPEC §9): the context's policy enforced on every
/// request of the pipeline, shaped like the library's own <c>UseLogging</c> and <c>UseOpenTelemetry</c>. The settings
/// are the ones registered in the builder's service provider, else those emitted into the context's assembly (the
/// entry assembly's for requirements given directly); the logger factory is the service provider's.
/// </summary>
public static partial class ModelPolicyBuilderExtensions
{
    /// <summary>Enforces the context of <typeparamref name="TContext"/> on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>: its mode, its logger factory.</param>
    public static ChatClientBuilder UseModelPolicy<TContext>(this ChatClientBuilder builder, Action<ModelPolicyChatClient>? configure = null) =>
        builder.UseModelPolicy(typeof(TContext), configure);

    /// <summary>Enforces the context of <paramref name="context"/> on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="context">The type whose attributes (and its containing types' and assembly's) give the requirements.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>.</param>
    public static ChatClientBuilder UseModelPolicy(this ChatClientBuilder builder, Type context, Action<ModelPolicyChatClient>? configure = null)
    {
        _ = context ?? throw new ArgumentNullException(nameof(context));
        return Use(builder, (inner, services) => new ModelPolicyChatClient(inner, ModelPolicy.Resolve(context, null, services), LoggerFactory(services), ownsInnerClient: true), configure);
    }

    /// <summary>Enforces <paramref name="requirements"/> given directly on the chat pipeline.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="configure">An optional callback to configure the <see cref="ModelPolicyChatClient"/>.</param>
    public static ChatClientBuilder UseModelPolicy(this ChatClientBuilder builder, ModelRequirements requirements, Action<ModelPolicyChatClient>? configure = null)
    {
        _ = requirements ?? throw new ArgumentNullException(nameof(requirements));
        return Use(builder, (inner, services) => new ModelPolicyChatClient(inner, ModelPolicy.Resolve(requirements, null, services), LoggerFactory(services), ownsInnerClient: true), configure);
    }

    private static ChatClientBuilder Use(ChatClientBuilder builder, Func<IChatClient, IServiceProvider, ModelPolicyChatClient> create, Action<ModelPolicyChatClient>? configure) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Use((inner, services) => Configured(create(inner, services), configure));

    private static TClient Configured<TClient>(TClient client, Action<TClient>? configure)
    {
        configure?.Invoke(client);
        return client;
    }

    private static ILoggerFactory? LoggerFactory(IServiceProvider services) => services.GetService<ILoggerFactory>();
}
