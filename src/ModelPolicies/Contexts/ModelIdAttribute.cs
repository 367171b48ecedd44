using System;

namespace ModelPolicies;

/// <summary>Marks a parameter or property as taking a model id: constant ids passed to it are checked.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class ModelIdAttribute : Attribute
{
}
