using System.Collections.Generic;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// What a catalog states about one model before defaults: a JSON entry and a <c>[ModelCatalogEntry]</c> attribute are
/// each read into this, and <see cref="ToEntry"/> is the one place that fills in what they leave out.
/// </summary>
internal sealed record EntryFacts(string Id, ModelClass Class)
{
    private static readonly string[] NoAliases = new string[0];

    public long? Parameters { get; init; }

    public ModelSizeTier Tier { get; init; }

    public Modality? Inputs { get; init; }

    public ModelDeployment? Deployment { get; init; }

    public int? LatencyMs { get; init; }

    public string? Provider { get; init; }

    public ModelTask? Tasks { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = NoAliases;

    /// <summary>
    /// The entry, with the defaults of docs/catalog.md ("Defaults"): text input, cloud deployment, the chat task, and
    /// the class standing in for an undisclosed size (an SLM is small, anything else large).
    /// </summary>
    public CatalogEntry ToEntry(CatalogSource source)
    {
        var size = Parameters is { } count ? ModelSize.FromParameters(count)
            : ModelSize.FromTier(Tier != ModelSizeTier.Unspecified ? Tier : Class == ModelClass.Slm ? ModelSizeTier.Small : ModelSizeTier.Large);
        var model = new ModelDescriptor(
            Id,
            Class,
            size,
            Inputs ?? Modality.Text,
            Deployment ?? ModelDeployment.Cloud,
            LatencyMs,
            Provider,
            Tasks ?? ModelTask.Chat);
        return new CatalogEntry(model, Aliases, source);
    }

    /// <summary>Why flags of a <c>[ModelCatalogEntry]</c> are out of the vocabulary, or null: JSON names are checked as they are read.</summary>
    public string? FlagsProblem()
    {
        if (Inputs is { } inputs && (inputs == Modality.None || (inputs & ~ModelVocabulary.AllModalities) != 0))
        {
            return $"'{Id}' has invalid Inputs {(int)inputs}; combine Modality.{Names(ModelVocabulary.Modalities, m => m.Value.ToString(), " and ")}";
        }

        if (Deployment is { } deployment && (deployment == ModelDeployment.None || (deployment & ~ModelVocabulary.AllDeployments) != 0))
        {
            return $"'{Id}' has invalid Deployment {(int)deployment}; use ModelDeployment.{Names(ModelVocabulary.Deployments, d => d.Value.ToString(), ", ")} or both";
        }

        if (Tasks is { } tasks && (tasks == ModelTask.None || (tasks & ~ModelVocabulary.AllTasks) != 0))
        {
            return $"'{Id}' has invalid Tasks {(int)tasks}; combine ModelTask.{Names(ModelVocabulary.Tasks, t => t.Value.ToString(), " and ")}";
        }

        return null;
    }

    // "Text, Image, Audio and Video": the enum names of a vocabulary table, the last joined by lastSeparator.
    private static string Names<T>(IReadOnlyList<T> table, System.Func<T, string> name, string lastSeparator)
    {
        var parts = new string[table.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = name(table[i]);
        }

        return parts.Length < 2 ? string.Concat(parts) : string.Join(", ", parts, 0, parts.Length - 1) + lastSeparator + parts[parts.Length - 1];
    }
}
