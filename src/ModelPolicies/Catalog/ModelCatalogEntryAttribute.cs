using System;

namespace ModelPolicies;

/// <summary>
/// Adds a model to the project's catalog, or overrides a built-in or JSON entry of the same id.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ModelCatalogEntryAttribute : Attribute
{
    /// <summary>Declares model <paramref name="id"/> of class <paramref name="modelClass"/>.</summary>
    public ModelCatalogEntryAttribute(string id, ModelClass modelClass)
    {
        Id = id;
        Class = modelClass;
    }

    /// <summary>The model id.</summary>
    public string Id { get; }

    /// <summary>The declared class.</summary>
    public ModelClass Class { get; }

    /// <summary>Other spellings of the id (provider names, Ollama tags, Hugging Face repositories).</summary>
    public string[]? Aliases { get; set; }

    /// <summary>The parameter count, such as <c>"3.8B"</c>.</summary>
    public string? Parameters { get; set; }

    /// <summary>The size tier, where the parameter count is undisclosed.</summary>
    public ModelSizeTier Size { get; set; }

    /// <summary>The input modalities; text when not set.</summary>
    public Modality Inputs { get; set; } = Modality.Text;

    /// <summary>Where the model can run; cloud when not set.</summary>
    public ModelDeployment Deployment { get; set; } = ModelDeployment.Cloud;

    /// <summary>What the model does; chat when not set.</summary>
    public ModelTask Tasks { get; set; } = ModelTask.Chat;

    /// <summary>Typical latency in milliseconds; 0 when unknown.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Who publishes the model.</summary>
    public string? Provider { get; set; }
}
