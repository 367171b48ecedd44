using Xunit;

namespace ModelPolicies.Tests.Catalog;

/// <summary>docs/catalog.md, "Name matching": each rule of the one normalization, with the example the page gives.</summary>
public class NameMatchingTests
{
    private static ModelCatalog BuiltIn { get; } = ModelCatalogTests.Load(null).Catalog;

    [Theory]
    // Case and surrounding space.
    [InlineData("GPT-4O", "gpt-4o")]
    [InlineData(" phi4-mini ", "phi-4-mini")]
    // Dated and short snapshots, release suffixes.
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("claude-3-haiku-20240307", "claude-3-haiku")]
    [InlineData("claude-3-5-sonnet@20241022", "claude-3.5-sonnet")]
    [InlineData("gpt-3.5-turbo-0613", "gpt-3.5-turbo")]
    [InlineData("gemini-2.0-flash-001", "gemini-2.0-flash")]
    [InlineData("gemini-2.5-flash-preview", "gemini-2.5-flash")]
    [InlineData("claude-3-5-haiku-latest", "claude-3.5-haiku")]
    // Ollama tags: a size, a variant and a quantization; a tag without a size.
    [InlineData("llama3.1:8b-instruct-q4_K_M", "llama-3.1-8b")]
    [InlineData("phi3:medium-128k", "phi-3-medium")]
    [InlineData("llama3.1:latest", "llama-3.1-8b")]
    [InlineData("mistral:instruct", "mistral-7b")]
    // Hugging Face: hub prefixes, GGUF repositories of other organizations, quantization tags.
    [InlineData("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS", "llama-3.2-1b")]
    [InlineData("bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS", "llama-3.2-1b")]
    [InlineData("microsoft/Phi-4-mini-instruct", "phi-4-mini")]
    [InlineData("TheBloke/Mistral-7B-Instruct-v0.2-GGUF", "mistral-7b")]
    // Bedrock: regions, providers, versions; Gemini and Vertex paths.
    [InlineData("anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku")]
    [InlineData("us.anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku")]
    [InlineData("models/gemini-1.5-pro", "gemini-1.5-pro")]
    [InlineData("publishers/google/models/gemini-1.5-flash", "gemini-1.5-flash")]
    // Foundry Local aliases and variant names, ONNX folders, GGUF files.
    [InlineData("phi-3.5-mini", "phi-3.5-mini")]
    [InlineData("Phi-3.5-mini-instruct-cuda-gpu", "phi-3.5-mini")]
    [InlineData("Phi-3-mini-4k-instruct-cpu-int4-rtn-block-32", "phi-3-mini")]
    [InlineData("Phi-3-mini-4k-instruct-onnx", "phi-3-mini")]
    [InlineData("llama-2-7b-chat.Q4_K_M.gguf", "llama-2-7b")]
    [InlineData("qwen2.5-0.5b-instruct-q4_k_m.gguf", "qwen2.5-0.5b")]
    public void Names_as_users_type_them_resolve(string written, string expected) =>
        Assert.Equal(expected, BuiltIn.Find(written)?.Id);

    [Theory]
    [InlineData("models/Phi-3-mini-4k-instruct-onnx/cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4", "phi-3-mini")]
    [InlineData(@"C:\models\llama-2-7b-chat.Q4_K_M.gguf", "llama-2-7b")]
    [InlineData("./models/phi-3.5-mini/", "phi-3.5-mini")]
    public void A_local_model_path_resolves_by_its_file_or_folder_names(string path, string expected) =>
        Assert.Equal(expected, BuiltIn.FindLocal(path)?.Id);

    [Theory]
    [InlineData("phi-3")] // a number that names a model is not cut off
    [InlineData("gpt-4o-2024")]
    [InlineData("totally-unknown")]
    [InlineData("qwen9.5")] // a version number is not a packaging token: no Qwen 9 is made of it
    public void Names_that_mean_no_known_model_find_nothing_rather_than_a_wrong_one(string written) =>
        Assert.Null(BuiltIn.Find(written)?.Id);
}
