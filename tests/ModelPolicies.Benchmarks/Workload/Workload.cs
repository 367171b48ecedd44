using System.Collections.Generic;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>A source file of a workload: a path relative to the project folder and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// One synthetic project, in one dialect: its code, the stand-in SDK it calls (compiled as a separate assembly,
/// as a real SDK would be), and for the ModelPolicies dialect its <c>models.json</c>.
/// </summary>
public sealed class Workload
{
    /// <summary>The line of the large document that the IDE-edit and warm-generator benchmarks change.</summary>
    public const string EditBefore = "var revision = 1;";

    /// <summary>What <see cref="EditBefore"/> becomes: a one-line change inside a method body.</summary>
    public const string EditAfter = "var revision = 2;";

    /// <summary>The project's root namespace (the generator puts typed clients in <c>Workload.Models</c>).</summary>
    public const string RootNamespace = "Workload";

    public required WorkloadSize Size { get; init; }

    public required Dialect Dialect { get; init; }

    public required IReadOnlyList<SourceFile> Sources { get; init; }

    /// <summary>The stand-in SDK: AI SDK shapes (OpenAI, Ollama, Semantic Kernel) or platform-specific APIs.</summary>
    public required IReadOnlyList<SourceFile> SdkSources { get; init; }

    /// <summary>The project catalog; null for the platform twin.</summary>
    public string? CatalogJson { get; init; }

    /// <summary>The path of the large document (the IDE-edit benchmark's).</summary>
    public required string BigDocumentPath { get; init; }

    /// <summary>Use sites planted in user code.</summary>
    public required int UseSites { get; init; }

    public required int UsesInContexts { get; init; }

    /// <summary>In-context uses whose model (or platform) fails the context.</summary>
    public required int Violations { get; init; }

    public int Lines
    {
        get
        {
            var lines = 0;
            foreach (var source in Sources)
            {
                foreach (var c in source.Text)
                {
                    if (c == '\n')
                    {
                        lines++;
                    }
                }
            }

            return lines;
        }
    }
}
