using System;

namespace ModelPolicies;

/// <summary>What a model does: the kinds of request it can serve (docs/catalog.md, "Tasks").</summary>
/// <remarks>Each task has its Microsoft.Extensions.AI abstraction: chat is <c>IChatClient</c>, embedding
/// <c>IEmbeddingGenerator</c>, image generation <c>IImageGenerator</c>, speech to text <c>ISpeechToTextClient</c>
/// and text to speech <c>ITextToSpeechClient</c>.</remarks>
[Flags]
#if TAXONOMY_PUBLIC
public
#else
internal
#endif
enum ModelTask
{
    /// <summary>No task named.</summary>
    None = 0,

    /// <summary>Text generation from messages: chat, code, content writing. The default.</summary>
    Chat = 1,

    /// <summary>Vectors from text, for search and retrieval.</summary>
    Embedding = 2,

    /// <summary>Images from a prompt.</summary>
    ImageGeneration = 4,

    /// <summary>Transcription of audio.</summary>
    SpeechToText = 8,

    /// <summary>Speech from text.</summary>
    TextToSpeech = 16,
}
