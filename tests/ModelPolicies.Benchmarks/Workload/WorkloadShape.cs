using System;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>The three workload sizes: S for CI's smoke run, M for development, L for the measurements.</summary>
public enum WorkloadSize
{
    S,
    M,
    L,
}

/// <summary>The two renderings of one workload plan.</summary>
public enum Dialect
{
    /// <summary>Model uses in <c>[Edge]</c>, <c>[LowLatency]</c> and <c>[Multimodal]</c> contexts: what ModelPolicies checks.</summary>
    ModelPolicies,

    /// <summary>The twin: the same code with platform-specific calls in <c>[SupportedOSPlatform]</c> contexts: what CA1416 checks.</summary>
    Platform,
}

/// <summary>The context a use sits in; its twin is a <c>[SupportedOSPlatform]</c> context.</summary>
public enum ContextKind
{
    Edge,
    LowLatency,
    Multimodal,
}

/// <summary>How big a workload is.</summary>
/// <param name="Files">Source files, the shared ones (common types, helpers) included; generated sources are not.</param>
/// <param name="Lines">Lines of user code, roughly.</param>
/// <param name="Uses">Model uses planted in user code (the use sites of docs/rules/MP0001.md).</param>
/// <param name="BigDocumentLines">Lines of the one large document the IDE-edit benchmark re-analyses.</param>
public sealed record WorkloadShape(int Files, int Lines, int Uses, int BigDocumentLines)
{
    /// <summary>Entries of the project catalog (models.json).</summary>
    public const int CatalogEntries = 500;

    /// <summary>How many catalog models the code actually uses: the first ones of the catalog.</summary>
    public const int HotModels = 50;

    /// <summary>The share of uses inside a context.</summary>
    public const double ContextShare = 0.10;

    /// <summary>The share of in-context uses whose model fails the context (each is one diagnostic).</summary>
    public const double ViolationShare = 0.20;

    /// <summary>The seed every workload is made from: same seed, same bytes.</summary>
    public const int Seed = 20251128;

    public static WorkloadShape Of(WorkloadSize size) => size switch
    {
        WorkloadSize.S => new WorkloadShape(Files: 20, Lines: 4_000, Uses: 100, BigDocumentLines: 400),
        WorkloadSize.M => new WorkloadShape(Files: 200, Lines: 20_000, Uses: 1_000, BigDocumentLines: 2_000),
        WorkloadSize.L => new WorkloadShape(Files: 1_000, Lines: 100_000, Uses: 5_000, BigDocumentLines: 2_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };
}
