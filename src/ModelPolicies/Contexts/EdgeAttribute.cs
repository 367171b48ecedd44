using System;

namespace ModelPolicies;

/// <summary>
/// The code runs on the device or at the edge: every model it uses must run locally and fit the edge budget
/// (by default the SLM boundary; <see cref="MaxParameters"/> narrows it). Checked by MP0001.
/// </summary>
[AttributeUsage(ContextTargets.All, Inherited = false)]
public sealed class EdgeAttribute : Attribute
{
    /// <summary>The largest model allowed here, as a parameter count such as <c>"4B"</c>.</summary>
    public string? MaxParameters { get; set; }
}
