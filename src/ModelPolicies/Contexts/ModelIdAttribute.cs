using System;

namespace ModelPolicies;

/// <summary>Marks a parameter or property as taking a model id: constant ids passed to it are checked.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class ModelIdAttribute : Attribute
{
    /// <summary>
    /// The task the model is used for here, such as <see cref="ModelTask.Embedding"/>: a model that does not perform
    /// it is reported (MP0013). Not set: any task.
    /// </summary>
    public ModelTask Task { get; set; }
}
