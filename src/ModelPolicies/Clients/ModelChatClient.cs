using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ModelPolicies;

/// <summary>
/// The base of every generated typed client: a chat client bound to one model. It pins
/// <see cref="ChatOptions.ModelId"/> on every request (on a clone, never the caller's options) and reports the
/// model as <see cref="ChatClientMetadata.DefaultModelId"/>.
/// </summary>
public abstract class ModelChatClient : DelegatingChatClient
{
    /// <summary>Wraps <paramref name="innerClient"/> for <paramref name="model"/>.</summary>
    protected ModelChatClient(IChatClient innerClient, ModelDescriptor model)
        : base(innerClient)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model every request goes to.</summary>
    public ModelDescriptor Model { get; }

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, PinModel(options), cancellationToken);

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (BoundModel.Answers<ChatClientMetadata>(serviceType, serviceKey))
        {
            var inner = base.GetService(serviceType, serviceKey) as ChatClientMetadata;
            return new ChatClientMetadata(inner?.ProviderName, inner?.ProviderUri, Model.Id);
        }

        return BoundModel.Answers<ModelDescriptor>(serviceType, serviceKey) ? Model : base.GetService(serviceType, serviceKey);
    }

    /// <summary>
    /// Sends <paramref name="prompt"/> with one piece of media, after checking that its media type is of
    /// <paramref name="modality"/>. Generated clients expose this only for the modalities their model takes.
    /// </summary>
    protected Task<ChatResponse> GetMediaResponseAsync(
        string prompt, AIContent media, Modality modality, ChatOptions? options, CancellationToken cancellationToken)
    {
        EnsureMediaType(media, modality);
        var message = new ChatMessage(ChatRole.User, new List<AIContent> { new TextContent(prompt), media });
        return GetResponseAsync(new[] { message }, options, cancellationToken);
    }

    /// <summary>Throws when <paramref name="media"/> is not a <see cref="DataContent"/> or <see cref="UriContent"/> of <paramref name="modality"/>.</summary>
    protected static void EnsureMediaType(AIContent media, Modality modality)
    {
        if (media is null)
        {
            throw new ArgumentNullException(nameof(media));
        }

        var prefix = MediaTypePrefix(modality)
            ?? throw new ArgumentOutOfRangeException(nameof(modality), modality, "Only a media modality (image, audio, video) has media content.");

        var mediaType = media switch
        {
            DataContent data => data.MediaType,
            UriContent uri => uri.MediaType,
            _ => throw new ArgumentException($"Expected DataContent or UriContent, not {media.GetType().Name}.", nameof(media)),
        };

        if (!mediaType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Expected {prefix}* content, not '{mediaType}'.", nameof(media));
        }
    }

    // The media-type prefix of one media modality, from the taxonomy's vocabulary; null for text or a combination.
    private static string? MediaTypePrefix(Modality modality)
    {
        foreach (var entry in ModelVocabulary.Modalities)
        {
            if (entry.Value == modality)
            {
                return entry.MediaTypePrefix;
            }
        }

        return null;
    }

    /// <summary>A clone of <paramref name="options"/> (or new options) whose <see cref="ChatOptions.ModelId"/> is this model.</summary>
    protected ChatOptions PinModel(ChatOptions? options)
    {
        var pinned = options?.Clone() ?? new ChatOptions();
        pinned.ModelId = Model.Id;
        return pinned;
    }
}
