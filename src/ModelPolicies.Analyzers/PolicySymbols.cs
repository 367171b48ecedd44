using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers;

/// <summary>The ModelPolicies types of a compilation, resolved once at compilation start.</summary>
internal sealed class PolicySymbols
{
    private PolicySymbols(Compilation compilation, INamedTypeSymbol edge)
    {
        // The other types live beside [Edge], in the ModelPolicies assembly: looked up there first, which is a fraction of
        // a compilation-wide lookup (every reference searched) — paid again by every new compilation, once per IDE edit.
        Edge = edge;
        LowLatency = Find(compilation, edge, "ModelPolicies.LowLatencyAttribute");
        Multimodal = Find(compilation, edge, "ModelPolicies.MultimodalAttribute");
        AllowModel = Find(compilation, edge, "ModelPolicies.AllowModelAttribute");
        UsesModel = Find(compilation, edge, "ModelPolicies.UsesModelAttribute");
        ModelId = Find(compilation, edge, "ModelPolicies.ModelIdAttribute");
        ModelClient = Find(compilation, edge, "ModelPolicies.ModelClientAttribute");
        ModelCatalogEntry = Find(compilation, edge, "ModelPolicies.ModelCatalogEntryAttribute");
        ModelPolicyChatClient = Find(compilation, edge, "ModelPolicies.ModelPolicyChatClient`1");
        ModelPolicyBuilderExtensions = Find(compilation, edge, "ModelPolicies.ModelPolicyBuilderExtensions");
    }

    public INamedTypeSymbol Edge { get; }

    public INamedTypeSymbol? LowLatency { get; }

    public INamedTypeSymbol? Multimodal { get; }

    public INamedTypeSymbol? AllowModel { get; }

    public INamedTypeSymbol? UsesModel { get; }

    public INamedTypeSymbol? ModelId { get; }

    public INamedTypeSymbol? ModelClient { get; }

    public INamedTypeSymbol? ModelCatalogEntry { get; }

    /// <summary><c>ModelPolicyChatClient&lt;TContext&gt;</c>: a chat client that enforces its context's policy at run time.</summary>
    public INamedTypeSymbol? ModelPolicyChatClient { get; }

    /// <summary>The <c>UseModelPolicy</c> builder extensions.</summary>
    public INamedTypeSymbol? ModelPolicyBuilderExtensions { get; }

    /// <summary>The one constructor argument of an attribute such as <c>[AllowModel("id")]</c>, or null.</summary>
    public static object? SingleArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value : null;

    private static INamedTypeSymbol? Find(Compilation compilation, INamedTypeSymbol edge, string metadataName) =>
        edge.ContainingAssembly.GetTypeByMetadataName(metadataName) ?? compilation.GetTypeByMetadataName(metadataName);

    /// <summary>The symbols, or null when the compilation does not reference ModelPolicies (then nothing is analyzed).</summary>
    public static PolicySymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ModelPolicies.EdgeAttribute") is { } edge ? new PolicySymbols(compilation, edge) : null;
}
