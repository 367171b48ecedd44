using System;

namespace ModelPolicies;

/// <summary>What the taxonomy knows of one model: its class, size, inputs, tasks and where it runs.</summary>
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
sealed class ModelDescriptor : IEquatable<ModelDescriptor>
{
    /// <summary>Creates a descriptor.</summary>
    public ModelDescriptor(
        string id,
        ModelClass modelClass,
        ModelSize size,
        Modality inputs,
        ModelDeployment deployment,
        int? latencyMs = null,
        string? provider = null,
        ModelTask tasks = ModelTask.Chat)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Class = modelClass;
        Size = size;
        Inputs = inputs;
        Deployment = deployment;
        LatencyMs = latencyMs;
        Provider = provider;
        Tasks = tasks;
    }

    /// <summary>The catalog id, e.g. <c>phi-4-mini</c>.</summary>
    public string Id { get; }

    /// <summary>The declared class.</summary>
    public ModelClass Class { get; }

    /// <summary>The parameter count or size tier.</summary>
    public ModelSize Size { get; }

    /// <summary>The input modalities the model accepts.</summary>
    public Modality Inputs { get; }

    /// <summary>Where the model can run.</summary>
    public ModelDeployment Deployment { get; }

    /// <summary>Typical latency to first token, in milliseconds, where the catalog gives one.</summary>
    public int? LatencyMs { get; }

    /// <summary>Who publishes the model, where known.</summary>
    public string? Provider { get; }

    /// <summary>What the model does; chat unless the catalog says otherwise.</summary>
    public ModelTask Tasks { get; }

    /// <summary>True when the model can run on the device.</summary>
    public bool RunsLocally => (Deployment & ModelDeployment.Local) != 0;

    /// <summary>This model as it is when it runs on the device: the same facts, deployed locally.</summary>
    public ModelDescriptor RunningLocally() =>
        RunsLocally ? this : new ModelDescriptor(Id, Class, Size, Inputs, Deployment | ModelDeployment.Local, LatencyMs, Provider, Tasks);

    /// <inheritdoc/>
    public bool Equals(ModelDescriptor? other) =>
        other is not null
        && Id == other.Id
        && Class == other.Class
        && Size == other.Size
        && Inputs == other.Inputs
        && Deployment == other.Deployment
        && LatencyMs == other.LatencyMs
        && Provider == other.Provider
        && Tasks == other.Tasks;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        unchecked((((StringComparer.Ordinal.GetHashCode(Id) * 397) ^ Size.GetHashCode()) * 397) ^ ((int)Inputs << 8 | (int)Deployment << 4 | (int)Class));

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({ModelTaxonomy.Describe(this)})";
}
