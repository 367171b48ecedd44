using System;

namespace ModelPolicies;

/// <summary>
/// The code is on a latency-critical path: every model it uses must be small (SLM-sized) or have a catalog
/// latency within the budget. Checked by MP0002.
/// </summary>
[AttributeUsage(ContextTargets.All, Inherited = false)]
public sealed class LowLatencyAttribute : Attribute
{
    /// <summary>The latency budget in milliseconds; 0 takes <c>model_policies.low_latency_max_ms</c> (default 300).</summary>
    public int MaxMilliseconds { get; set; }
}
