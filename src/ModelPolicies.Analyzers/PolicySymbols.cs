using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers;

/// <summary>The ModelPolicies types of a compilation, resolved once at compilation start.</summary>
internal sealed class PolicySymbols
{
    private PolicySymbols(Compilation compilation, INamedTypeSymbol edge)
    {
        Edge = edge;
        LowLatency = compilation.GetTypeByMetadataName("ModelPolicies.LowLatencyAttribute");
        Multimodal = compilation.GetTypeByMetadataName("ModelPolicies.MultimodalAttribute");
        AllowModel = compilation.GetTypeByMetadataName("ModelPolicies.AllowModelAttribute");
        UsesModel = compilation.GetTypeByMetadataName("ModelPolicies.UsesModelAttribute");
        ModelId = compilation.GetTypeByMetadataName("ModelPolicies.ModelIdAttribute");
        ModelClient = compilation.GetTypeByMetadataName("ModelPolicies.ModelClientAttribute");
        ModelCatalogEntry = compilation.GetTypeByMetadataName("ModelPolicies.ModelCatalogEntryAttribute");
        ModelPolicyChatClient = compilation.GetTypeByMetadataName("ModelPolicies.ModelPolicyChatClient`1");
        ModelPolicyBuilderExtensions = compilation.GetTypeByMetadataName("ModelPolicies.ModelPolicyBuilderExtensions");
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

    /// <summary>The symbols, or null when the compilation does not reference ModelPolicies (then nothing is analyzed).</summary>
    public static PolicySymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ModelPolicies.EdgeAttribute") is { } edge ? new PolicySymbols(compilation, edge) : null;
}
