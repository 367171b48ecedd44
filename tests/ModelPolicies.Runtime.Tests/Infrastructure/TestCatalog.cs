using System.Collections.Generic;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>
/// A few models as the built-in catalog describes them (src/ModelPolicies.Analyzers/Catalog/builtin.models.json), the
/// catalog an assembly's emitted settings would hold.
/// </summary>
internal static class TestCatalog
{
    public static ModelCatalog Catalog { get; } = new(Entries());

    public static ModelPolicySettings Settings { get; } = new(Catalog);

    private static IEnumerable<CatalogEntry> Entries()
    {
        yield return Entry(new ModelDescriptor("gpt-4o", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text | Modality.Image, ModelDeployment.Cloud, provider: "openai"), "gpt-4o-latest");
        yield return Entry(new ModelDescriptor("gpt-4o-mini", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text | Modality.Image, ModelDeployment.Cloud, latencyMs: 250, provider: "openai"));
        yield return Entry(new ModelDescriptor("phi-4-mini", ModelClass.Slm, Size("3.8B"), Modality.Text, ModelDeployment.Local | ModelDeployment.Cloud, latencyMs: 40, provider: "microsoft"), "phi4-mini");
        yield return Entry(new ModelDescriptor("phi-4-multimodal", ModelClass.Fm, Size("5.6B"), Modality.Text | Modality.Image | Modality.Audio, ModelDeployment.Local | ModelDeployment.Cloud, provider: "microsoft"));
        yield return Entry(new ModelDescriptor("llama-3.1-405b", ModelClass.Llm, Size("405B"), Modality.Text, ModelDeployment.Local | ModelDeployment.Cloud, provider: "meta"), "llama3.1:405b");
        yield return Entry(new ModelDescriptor("llama-3.1-8b", ModelClass.Slm, Size("8B"), Modality.Text, ModelDeployment.Local | ModelDeployment.Cloud, provider: "meta"), "llama3.1");
        yield return Entry(new ModelDescriptor("smollm2-135m", ModelClass.Slm, Size("135M"), Modality.Text, ModelDeployment.Local, provider: "huggingface"));
        yield return Entry(new ModelDescriptor("claude-3-haiku", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text | Modality.Image, ModelDeployment.Cloud, latencyMs: 250, provider: "anthropic"), "claude-3-haiku-20240307");
        yield return Entry(new ModelDescriptor("text-embedding-3-small", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text, ModelDeployment.Cloud, provider: "openai", tasks: ModelTask.Embedding));
        yield return Entry(new ModelDescriptor("nomic-embed-text", ModelClass.Slm, Size("137M"), Modality.Text, ModelDeployment.Local, provider: "nomic", tasks: ModelTask.Embedding));
        yield return Entry(new ModelDescriptor("whisper-1", ModelClass.Fm, Size("1.55B"), Modality.Audio, ModelDeployment.Cloud, provider: "openai", tasks: ModelTask.SpeechToText));
        yield return Entry(new ModelDescriptor("whisper-large-v3-turbo", ModelClass.Fm, Size("809M"), Modality.Audio, ModelDeployment.Local | ModelDeployment.Cloud, provider: "openai", tasks: ModelTask.SpeechToText));
        yield return Entry(new ModelDescriptor("tts-1", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text, ModelDeployment.Cloud, provider: "openai", tasks: ModelTask.TextToSpeech));
        yield return Entry(new ModelDescriptor("dall-e-3", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text, ModelDeployment.Cloud, provider: "openai", tasks: ModelTask.ImageGeneration));
    }

    private static CatalogEntry Entry(ModelDescriptor model, params string[] aliases) => new(model, aliases, CatalogSource.BuiltIn);

    private static ModelSize Size(string parameters)
    {
        ModelSize.TryParseParameters(parameters, out var count, out _);
        return ModelSize.FromParameters(count);
    }
}
