using System.Collections.Immutable;
using static ModelPolicies.Modality;
using static ModelPolicies.ModelDeployment;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>
/// The catalog shipped inside the analyzer (SPEC §4.1): the well-known models, with the spellings users type
/// (API names, Ollama tags, Hugging Face repository ids) as aliases. Each entry names its source.
/// Sizes are parameter counts where the publisher discloses them, else a tier. Latencies are indicative
/// time-to-first-token figures for hosted models and are only given where the publisher positions the model
/// for low latency.
/// </summary>
internal static class BuiltInCatalog
{
    public static ImmutableArray<CatalogEntry> Entries { get; } = Create();

    private static ImmutableArray<CatalogEntry> Create() => ImmutableArray.Create(
        // ENTRIES
        // https://platform.openai.com/docs/models/gpt-4o
        Model("gpt-4o", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null, "gpt-4o-latest", "chatgpt-4o-latest"),
        // https://platform.openai.com/docs/models/gpt-4o-mini
        Model("gpt-4o-mini", ModelClass.Fm, "large", Text | Image, Cloud, "openai", 250),
        // https://platform.openai.com/docs/models/gpt-4.1
        Model("gpt-4.1", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/gpt-4.1-mini
        Model("gpt-4.1-mini", ModelClass.Fm, "large", Text | Image, Cloud, "openai", 300),
        // https://platform.openai.com/docs/models/gpt-4.1-nano
        Model("gpt-4.1-nano", ModelClass.Fm, "large", Text | Image, Cloud, "openai", 200),
        // https://platform.openai.com/docs/models/gpt-4-turbo
        Model("gpt-4-turbo", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null, "gpt-4-turbo-preview"),
        // https://platform.openai.com/docs/models/gpt-3.5-turbo
        Model("gpt-3.5-turbo", ModelClass.Llm, "large", Text, Cloud, "openai", null, "gpt-35-turbo"),
        // https://platform.openai.com/docs/models/gpt-5
        Model("gpt-5", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null, "gpt-5-chat-latest"),
        // https://platform.openai.com/docs/models/gpt-5-mini
        Model("gpt-5-mini", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/gpt-5-nano
        Model("gpt-5-nano", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/o1
        Model("o1", ModelClass.Fm, "very-large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/o1-mini
        Model("o1-mini", ModelClass.Llm, "large", Text, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/o3
        Model("o3", ModelClass.Fm, "very-large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/o3-mini
        Model("o3-mini", ModelClass.Llm, "large", Text, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/o4-mini
        Model("o4-mini", ModelClass.Fm, "large", Text | Image, Cloud, "openai", null),
        // https://platform.openai.com/docs/models/whisper-1
        Model("whisper-1", ModelClass.Fm, "1.55B", Audio, Cloud, "openai", null),
        // https://huggingface.co/openai/whisper-large-v3
        Model("whisper-large-v3", ModelClass.Fm, "1.55B", Audio, Local | Cloud, "openai", null, "openai/whisper-large-v3"),
        // https://huggingface.co/openai/whisper-large-v3-turbo
        Model("whisper-large-v3-turbo", ModelClass.Fm, "809M", Audio, Local | Cloud, "openai", null, "openai/whisper-large-v3-turbo"),
        // https://huggingface.co/openai/whisper-medium
        Model("whisper-medium", ModelClass.Fm, "769M", Audio, Local | Cloud, "openai", null, "openai/whisper-medium"),
        // https://huggingface.co/openai/whisper-small
        Model("whisper-small", ModelClass.Fm, "244M", Audio, Local | Cloud, "openai", null, "openai/whisper-small"),
        // https://huggingface.co/openai/whisper-base
        Model("whisper-base", ModelClass.Fm, "74M", Audio, Local | Cloud, "openai", null, "openai/whisper-base"),
        // https://huggingface.co/openai/whisper-tiny
        Model("whisper-tiny", ModelClass.Fm, "39M", Audio, Local | Cloud, "openai", null, "openai/whisper-tiny"),

        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-3-haiku", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", 250, "claude-3-haiku-20240307", "anthropic.claude-3-haiku-20240307-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-3-opus", ModelClass.Fm, "very-large", Text | Image, Cloud, "anthropic", null, "claude-3-opus-latest", "claude-3-opus-20240229", "anthropic.claude-3-opus-20240229-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-3.5-haiku", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", 300, "claude-3-5-haiku-latest", "claude-3-5-haiku", "claude-3-5-haiku-20241022", "anthropic.claude-3-5-haiku-20241022-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-3.5-sonnet", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", null, "claude-3-5-sonnet-latest", "claude-3-5-sonnet", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20240620", "anthropic.claude-3-5-sonnet-20241022-v2:0", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-3.7-sonnet", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", null, "claude-3-7-sonnet-latest", "claude-3-7-sonnet", "claude-3-7-sonnet-20250219", "anthropic.claude-3-7-sonnet-20250219-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-sonnet-4", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", null, "claude-sonnet-4-0", "claude-sonnet-4-20250514", "claude-4-sonnet", "anthropic.claude-sonnet-4-20250514-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-opus-4", ModelClass.Fm, "very-large", Text | Image, Cloud, "anthropic", null, "claude-opus-4-0", "claude-opus-4-20250514", "claude-4-opus", "anthropic.claude-opus-4-20250514-v1:0"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-opus-4.1", ModelClass.Fm, "very-large", Text | Image, Cloud, "anthropic", null, "claude-opus-4-1", "claude-opus-4-1-20250805"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-sonnet-4.5", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", null, "claude-sonnet-4-5", "claude-sonnet-4-5-20250929"),
        // https://docs.anthropic.com/en/docs/about-claude/models/overview
        Model("claude-haiku-4.5", ModelClass.Fm, "large", Text | Image, Cloud, "anthropic", 300, "claude-haiku-4-5", "claude-haiku-4-5-20251001"),

        // https://ai.google.dev/gemini-api/docs/models#gemini-1.5-flash
        Model("gemini-1.5-flash", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", 250, "gemini-1.5-flash-latest", "gemini-1.5-flash-001", "gemini-1.5-flash-002"),
        // https://ai.google.dev/gemini-api/docs/models#gemini-1.5-flash-8b
        Model("gemini-1.5-flash-8b", ModelClass.Fm, "8B", Text | Image | Audio | Video, Cloud, "google", 200, "gemini-1.5-flash-8b-latest", "gemini-1.5-flash-8b-001"),
        // https://ai.google.dev/gemini-api/docs/models#gemini-1.5-pro
        Model("gemini-1.5-pro", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", null, "gemini-1.5-pro-latest", "gemini-1.5-pro-001", "gemini-1.5-pro-002"),
        // https://ai.google.dev/gemini-api/docs/models#gemini-2.0-flash
        Model("gemini-2.0-flash", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", 250, "gemini-2.0-flash-001", "gemini-2.0-flash-exp"),
        // https://ai.google.dev/gemini-api/docs/models#gemini-2.0-flash-lite
        Model("gemini-2.0-flash-lite", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", 200, "gemini-2.0-flash-lite-001"),
        // https://ai.google.dev/gemini-api/docs/models#gemini-2.5-flash
        Model("gemini-2.5-flash", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", 300),
        // https://ai.google.dev/gemini-api/docs/models#gemini-2.5-flash-lite
        Model("gemini-2.5-flash-lite", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", 200),
        // https://ai.google.dev/gemini-api/docs/models#gemini-2.5-pro
        Model("gemini-2.5-pro", ModelClass.Fm, "large", Text | Image | Audio | Video, Cloud, "google", null),
        // https://developer.android.com/ai/gemini-nano
        Model("gemini-nano", ModelClass.Fm, "small", Text | Image | Audio, Local, "google", null),
        // https://huggingface.co/google/gemma-2-2b-it
        Model("gemma-2-2b", ModelClass.Slm, "2.6B", Text, Local | Cloud, "google", null, "gemma2:2b", "google/gemma-2-2b-it", "google/gemma-2-2b", "gemma-2-2b-it"),
        // https://huggingface.co/google/gemma-2-9b-it
        Model("gemma-2-9b", ModelClass.Slm, "9B", Text, Local | Cloud, "google", null, "gemma2", "gemma2:9b", "google/gemma-2-9b-it", "google/gemma-2-9b", "gemma-2-9b-it"),
        // https://huggingface.co/google/gemma-2-27b-it
        Model("gemma-2-27b", ModelClass.Llm, "27B", Text, Local | Cloud, "google", null, "gemma2:27b", "google/gemma-2-27b-it", "google/gemma-2-27b", "gemma-2-27b-it"),
        // https://huggingface.co/google/gemma-3-270m-it
        Model("gemma-3-270m", ModelClass.Slm, "270M", Text, Local | Cloud, "google", null, "gemma3:270m", "google/gemma-3-270m-it", "google/gemma-3-270m", "gemma-3-270m-it"),
        // https://huggingface.co/google/gemma-3-1b-it
        Model("gemma-3-1b", ModelClass.Slm, "1B", Text, Local | Cloud, "google", null, "gemma3:1b", "google/gemma-3-1b-it", "google/gemma-3-1b-pt", "gemma-3-1b-it"),
        // https://huggingface.co/google/gemma-3-4b-it
        Model("gemma-3-4b", ModelClass.Fm, "4B", Text | Image, Local | Cloud, "google", null, "gemma3", "gemma3:4b", "google/gemma-3-4b-it", "google/gemma-3-4b-pt", "gemma-3-4b-it"),
        // https://huggingface.co/google/gemma-3-12b-it
        Model("gemma-3-12b", ModelClass.Fm, "12B", Text | Image, Local | Cloud, "google", null, "gemma3:12b", "google/gemma-3-12b-it", "google/gemma-3-12b-pt", "gemma-3-12b-it"),
        // https://huggingface.co/google/gemma-3-27b-it
        Model("gemma-3-27b", ModelClass.Fm, "27B", Text | Image, Local | Cloud, "google", null, "gemma3:27b", "google/gemma-3-27b-it", "google/gemma-3-27b-pt", "gemma-3-27b-it"),
        // https://huggingface.co/google/gemma-3n-E2B-it
        Model("gemma-3n-e2b", ModelClass.Fm, "5B", Text | Image | Audio | Video, Local | Cloud, "google", null, "gemma3n:e2b", "google/gemma-3n-E2B-it", "google/gemma-3n-E2B", "gemma-3n-e2b-it"),
        // https://huggingface.co/google/gemma-3n-E4B-it
        Model("gemma-3n-e4b", ModelClass.Fm, "8B", Text | Image | Audio | Video, Local | Cloud, "google", null, "gemma3n", "gemma3n:e4b", "google/gemma-3n-E4B-it", "google/gemma-3n-E4B", "gemma-3n-e4b-it"),

        // https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct
        Model("llama-3-8b", ModelClass.Slm, "8B", Text, Local | Cloud, "meta", null, "llama3", "llama3:8b", "meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Meta-Llama-3-8B", "Meta-Llama-3-8B-Instruct", "llama3-8b-8192"),
        // https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct
        Model("llama-3-70b", ModelClass.Llm, "70B", Text, Local | Cloud, "meta", null, "llama3:70b", "meta-llama/Meta-Llama-3-70B-Instruct", "meta-llama/Meta-Llama-3-70B", "Meta-Llama-3-70B-Instruct", "llama3-70b-8192"),
        // https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct
        Model("llama-3.1-8b", ModelClass.Slm, "8B", Text, Local | Cloud, "meta", null, "llama3.1", "llama3.1:8b", "meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B", "meta-llama/Meta-Llama-3.1-8B-Instruct", "Meta-Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct", "llama-3.1-8b-instant"),
        // https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct
        Model("llama-3.1-70b", ModelClass.Llm, "70B", Text, Local | Cloud, "meta", null, "llama3.1:70b", "meta-llama/Llama-3.1-70B-Instruct", "meta-llama/Llama-3.1-70B", "meta-llama/Meta-Llama-3.1-70B-Instruct", "Meta-Llama-3.1-70B-Instruct", "Llama-3.1-70B-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct
        Model("llama-3.1-405b", ModelClass.Llm, "405B", Text, Local | Cloud, "meta", null, "llama3.1:405b", "meta-llama/Llama-3.1-405B-Instruct", "meta-llama/Llama-3.1-405B", "meta-llama/Meta-Llama-3.1-405B-Instruct", "Meta-Llama-3.1-405B-Instruct", "Llama-3.1-405B-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct
        Model("llama-3.2-1b", ModelClass.Slm, "1.23B", Text, Local | Cloud, "meta", null, "llama3.2:1b", "meta-llama/Llama-3.2-1B-Instruct", "meta-llama/Llama-3.2-1B", "Llama-3.2-1B-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct
        Model("llama-3.2-3b", ModelClass.Slm, "3.21B", Text, Local | Cloud, "meta", null, "llama3.2", "llama3.2:3b", "meta-llama/Llama-3.2-3B-Instruct", "meta-llama/Llama-3.2-3B", "Llama-3.2-3B-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct
        Model("llama-3.2-11b-vision", ModelClass.Fm, "10.6B", Text | Image, Local | Cloud, "meta", null, "llama3.2-vision", "llama3.2-vision:11b", "meta-llama/Llama-3.2-11B-Vision-Instruct", "meta-llama/Llama-3.2-11B-Vision", "Llama-3.2-11B-Vision-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct
        Model("llama-3.2-90b-vision", ModelClass.Fm, "88.8B", Text | Image, Local | Cloud, "meta", null, "llama3.2-vision:90b", "meta-llama/Llama-3.2-90B-Vision-Instruct", "meta-llama/Llama-3.2-90B-Vision", "Llama-3.2-90B-Vision-Instruct"),
        // https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct
        Model("llama-3.3-70b", ModelClass.Llm, "70B", Text, Local | Cloud, "meta", null, "llama3.3", "llama3.3:70b", "meta-llama/Llama-3.3-70B-Instruct", "Llama-3.3-70B-Instruct", "llama-3.3-70b-versatile"),
        // https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct
        Model("llama-4-scout", ModelClass.Fm, "109B", Text | Image, Local | Cloud, "meta", null, "llama4", "llama4:scout", "llama4:16x17b", "meta-llama/Llama-4-Scout-17B-16E-Instruct", "Llama-4-Scout-17B-16E-Instruct"),
        // https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct
        Model("llama-4-maverick", ModelClass.Fm, "400B", Text | Image, Local | Cloud, "meta", null, "llama4:maverick", "llama4:128x17b", "meta-llama/Llama-4-Maverick-17B-128E-Instruct", "Llama-4-Maverick-17B-128E-Instruct"),

        // https://huggingface.co/microsoft/Phi-3-mini-4k-instruct
        Model("phi-3-mini", ModelClass.Slm, "3.8B", Text, Local | Cloud, "microsoft", null, "phi3", "phi3:mini", "phi3:3.8b", "microsoft/Phi-3-mini-4k-instruct", "microsoft/Phi-3-mini-128k-instruct", "Phi-3-mini-4k-instruct", "Phi-3-mini-128k-instruct"),
        // https://huggingface.co/microsoft/Phi-3-small-8k-instruct
        Model("phi-3-small", ModelClass.Slm, "7B", Text, Local | Cloud, "microsoft", null, "microsoft/Phi-3-small-8k-instruct", "microsoft/Phi-3-small-128k-instruct", "Phi-3-small-8k-instruct", "Phi-3-small-128k-instruct"),
        // https://huggingface.co/microsoft/Phi-3-medium-4k-instruct
        Model("phi-3-medium", ModelClass.Slm, "14B", Text, Local | Cloud, "microsoft", null, "phi3:medium", "phi3:14b", "microsoft/Phi-3-medium-4k-instruct", "microsoft/Phi-3-medium-128k-instruct", "Phi-3-medium-4k-instruct", "Phi-3-medium-128k-instruct"),
        // https://huggingface.co/microsoft/Phi-3-vision-128k-instruct
        Model("phi-3-vision", ModelClass.Fm, "4.2B", Text | Image, Local | Cloud, "microsoft", null, "microsoft/Phi-3-vision-128k-instruct", "Phi-3-vision-128k-instruct"),
        // https://huggingface.co/microsoft/Phi-3.5-mini-instruct
        Model("phi-3.5-mini", ModelClass.Slm, "3.8B", Text, Local | Cloud, "microsoft", null, "phi3.5", "phi3.5:3.8b", "microsoft/Phi-3.5-mini-instruct", "Phi-3.5-mini-instruct"),
        // https://huggingface.co/microsoft/Phi-3.5-MoE-instruct
        Model("phi-3.5-moe", ModelClass.Llm, "41.9B", Text, Local | Cloud, "microsoft", null, "microsoft/Phi-3.5-MoE-instruct", "Phi-3.5-MoE-instruct"),
        // https://huggingface.co/microsoft/Phi-3.5-vision-instruct
        Model("phi-3.5-vision", ModelClass.Fm, "4.2B", Text | Image, Local | Cloud, "microsoft", null, "microsoft/Phi-3.5-vision-instruct", "Phi-3.5-vision-instruct"),
        // https://huggingface.co/microsoft/phi-4
        Model("phi-4", ModelClass.Slm, "14.7B", Text, Local | Cloud, "microsoft", null, "phi4", "phi4:14b", "microsoft/phi-4"),
        // https://huggingface.co/microsoft/Phi-4-mini-instruct
        Model("phi-4-mini", ModelClass.Slm, "3.8B", Text, Local | Cloud, "microsoft", null, "phi4-mini", "phi4-mini:3.8b", "microsoft/Phi-4-mini-instruct", "Phi-4-mini-instruct"),
        // https://huggingface.co/microsoft/Phi-4-multimodal-instruct
        Model("phi-4-multimodal", ModelClass.Fm, "5.6B", Text | Image | Audio, Local | Cloud, "microsoft", null, "microsoft/Phi-4-multimodal-instruct", "Phi-4-multimodal-instruct"),
        // https://huggingface.co/microsoft/Phi-4-reasoning
        Model("phi-4-reasoning", ModelClass.Slm, "14B", Text, Local | Cloud, "microsoft", null, "phi4-reasoning", "phi4-reasoning:14b", "microsoft/Phi-4-reasoning"),
        // https://huggingface.co/microsoft/Phi-4-mini-reasoning
        Model("phi-4-mini-reasoning", ModelClass.Slm, "3.8B", Text, Local | Cloud, "microsoft", null, "phi4-mini-reasoning", "phi4-mini-reasoning:3.8b", "microsoft/Phi-4-mini-reasoning"),

        // https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3
        Model("mistral-7b", ModelClass.Slm, "7.3B", Text, Local | Cloud, "mistral", null, "mistral", "mistral:7b", "open-mistral-7b", "mistralai/Mistral-7B-Instruct-v0.3", "mistralai/Mistral-7B-Instruct-v0.2", "mistralai/Mistral-7B-Instruct-v0.1", "mistralai/Mistral-7B-v0.1", "Mistral-7B-Instruct-v0.3"),
        // https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407
        Model("mistral-nemo", ModelClass.Slm, "12B", Text, Local | Cloud, "mistral", null, "mistral-nemo:12b", "open-mistral-nemo", "mistralai/Mistral-Nemo-Instruct-2407", "Mistral-Nemo-Instruct-2407"),
        // https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1
        Model("mixtral-8x7b", ModelClass.Llm, "46.7B", Text, Local | Cloud, "mistral", null, "mixtral", "mixtral:8x7b", "open-mixtral-8x7b", "mistralai/Mixtral-8x7B-Instruct-v0.1", "mistralai/Mixtral-8x7B-v0.1", "Mixtral-8x7B-Instruct-v0.1"),
        // https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1
        Model("mixtral-8x22b", ModelClass.Llm, "141B", Text, Local | Cloud, "mistral", null, "mixtral:8x22b", "open-mixtral-8x22b", "mistralai/Mixtral-8x22B-Instruct-v0.1", "mistralai/Mixtral-8x22B-v0.1", "Mixtral-8x22B-Instruct-v0.1"),
        // https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501
        Model("mistral-small-3", ModelClass.Llm, "24B", Text, Local | Cloud, "mistral", null, "mistral-small:24b", "mistral-small-2501", "mistralai/Mistral-Small-24B-Instruct-2501", "Mistral-Small-24B-Instruct-2501"),
        // https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503
        Model("mistral-small", ModelClass.Fm, "24B", Text | Image, Local | Cloud, "mistral", null, "mistral-small-latest", "mistral-small3.1", "mistral-small3.1:24b", "mistral-small-2503", "mistral-small-3.1", "mistralai/Mistral-Small-3.1-24B-Instruct-2503", "Mistral-Small-3.1-24B-Instruct-2503"),
        // https://huggingface.co/mistralai/Mistral-Large-Instruct-2411
        Model("mistral-large", ModelClass.Llm, "123B", Text, Local | Cloud, "mistral", null, "mistral-large:123b", "mistral-large-latest", "mistral-large-2411", "mistral-large-2407", "mistralai/Mistral-Large-Instruct-2411", "mistralai/Mistral-Large-Instruct-2407", "Mistral-Large-Instruct-2411"),

        // https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct
        Model("qwen2.5-0.5b", ModelClass.Slm, "0.49B", Text, Local | Cloud, "alibaba", null, "qwen2.5:0.5b", "Qwen/Qwen2.5-0.5B-Instruct", "Qwen/Qwen2.5-0.5B", "qwen2.5-0.5b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct
        Model("qwen2.5-1.5b", ModelClass.Slm, "1.54B", Text, Local | Cloud, "alibaba", null, "qwen2.5:1.5b", "Qwen/Qwen2.5-1.5B-Instruct", "Qwen/Qwen2.5-1.5B", "qwen2.5-1.5b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-3B-Instruct
        Model("qwen2.5-3b", ModelClass.Slm, "3.09B", Text, Local | Cloud, "alibaba", null, "qwen2.5:3b", "Qwen/Qwen2.5-3B-Instruct", "Qwen/Qwen2.5-3B", "qwen2.5-3b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-7B-Instruct
        Model("qwen2.5-7b", ModelClass.Slm, "7.61B", Text, Local | Cloud, "alibaba", null, "qwen2.5", "qwen2.5:7b", "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B", "qwen2.5-7b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-14B-Instruct
        Model("qwen2.5-14b", ModelClass.Slm, "14.7B", Text, Local | Cloud, "alibaba", null, "qwen2.5:14b", "Qwen/Qwen2.5-14B-Instruct", "Qwen/Qwen2.5-14B", "qwen2.5-14b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-32B-Instruct
        Model("qwen2.5-32b", ModelClass.Llm, "32.5B", Text, Local | Cloud, "alibaba", null, "qwen2.5:32b", "Qwen/Qwen2.5-32B-Instruct", "Qwen/Qwen2.5-32B", "qwen2.5-32b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-72B-Instruct
        Model("qwen2.5-72b", ModelClass.Llm, "72.7B", Text, Local | Cloud, "alibaba", null, "qwen2.5:72b", "Qwen/Qwen2.5-72B-Instruct", "Qwen/Qwen2.5-72B", "qwen2.5-72b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-VL-3B-Instruct
        Model("qwen2.5-vl-3b", ModelClass.Fm, "3.75B", Text | Image | Video, Local | Cloud, "alibaba", null, "qwen2.5vl:3b", "Qwen/Qwen2.5-VL-3B-Instruct", "qwen2.5-vl-3b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct
        Model("qwen2.5-vl-7b", ModelClass.Fm, "8.29B", Text | Image | Video, Local | Cloud, "alibaba", null, "qwen2.5vl", "qwen2.5vl:7b", "Qwen/Qwen2.5-VL-7B-Instruct", "qwen2.5-vl-7b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-VL-32B-Instruct
        Model("qwen2.5-vl-32b", ModelClass.Fm, "33.5B", Text | Image | Video, Local | Cloud, "alibaba", null, "qwen2.5vl:32b", "Qwen/Qwen2.5-VL-32B-Instruct", "qwen2.5-vl-32b-instruct"),
        // https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct
        Model("qwen2.5-vl-72b", ModelClass.Fm, "73.4B", Text | Image | Video, Local | Cloud, "alibaba", null, "qwen2.5vl:72b", "Qwen/Qwen2.5-VL-72B-Instruct", "qwen2.5-vl-72b-instruct"),

        // https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct
        Model("smollm2-135m", ModelClass.Slm, "135M", Text, Local | Cloud, "huggingface", null, "smollm2:135m", "HuggingFaceTB/SmolLM2-135M-Instruct", "HuggingFaceTB/SmolLM2-135M"),
        // https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct
        Model("smollm2-360m", ModelClass.Slm, "360M", Text, Local | Cloud, "huggingface", null, "smollm2:360m", "HuggingFaceTB/SmolLM2-360M-Instruct", "HuggingFaceTB/SmolLM2-360M"),
        // https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct
        Model("smollm2-1.7b", ModelClass.Slm, "1.7B", Text, Local | Cloud, "huggingface", null, "smollm2", "smollm2:1.7b", "HuggingFaceTB/SmolLM2-1.7B-Instruct", "HuggingFaceTB/SmolLM2-1.7B"));

    // size: a parameter count ("3.8B") or a tier ("small", "large", "very-large"); latencyMs: null when not known.
    private static CatalogEntry Model(
        string id,
        ModelClass modelClass,
        string size,
        Modality inputs,
        ModelDeployment deployment,
        string provider,
        int? latencyMs,
        params string[] aliases)
    {
        ModelSize.TryParse(size, out var parsed, out _);
        return new CatalogEntry(
            new ModelDescriptor(id, modelClass, parsed, inputs, deployment, latencyMs, provider),
            ImmutableArray.Create(aliases),
            CatalogSource.BuiltIn);
    }
}
