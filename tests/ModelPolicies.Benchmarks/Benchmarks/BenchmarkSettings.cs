using ModelPolicies.Benchmarks.Workload;

namespace ModelPolicies.Benchmarks.Benchmarks;

/// <summary>What the program was asked to measure; the benchmarks run in this process, so they read it here.</summary>
public static class BenchmarkSettings
{
    public static WorkloadSize Size { get; set; } = WorkloadSize.L;
}
