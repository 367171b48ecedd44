using System;

namespace ModelPolicies;

internal static class ContextTargets
{
    // Lambdas and local functions take method-targeted attributes.
    public const AttributeTargets All =
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
        | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Event;
}
