using System;

namespace ModelPolicies;

/// <summary>What every client bound to one model shares: which services it answers itself.</summary>
internal static class BoundModel
{
    /// <summary>True when <paramref name="serviceType"/> is <typeparamref name="T"/>, unkeyed: a service the bound client answers itself.</summary>
    public static bool Answers<T>(Type serviceType, object? serviceKey) =>
        (serviceType ?? throw new ArgumentNullException(nameof(serviceType))) == typeof(T) && serviceKey is null;
}
