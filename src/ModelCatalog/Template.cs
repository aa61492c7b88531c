using System;
using System.Collections.Generic;
using ModelCatalog.Lookup;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// A chat template: how a conversation becomes the prompt text a model was trained on. The formats hold
/// <c>{{content}}</c> where a message's text goes. One instance per template: get them from <see cref="Templates"/>.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.TemplateJsonConverter))] // serialized as its slug, not its relationships
#endif
public sealed class Template : CatalogEntry, IEquatable<Template>, IIdentified<TemplateId>
{
    private IReadOnlyList<Model>? _models;
    private Model[]? _linkedModels;
    private IReadOnlyList<Checkpoint>? _checkpoints;
    private IReadOnlyList<ModelId>? _modelIds;

    // Made through CatalogMetadataServices.CreateTemplate.
    internal Template(
        TemplateId id,
        string slug,
        string name,
        string[] aliases,
        string prefix,
        string systemFormat,
        SystemPlacement systemPlacement,
        string userFormat,
        string assistantFormat,
        string separator,
        string? defaultSystem,
        string[] stopWords,
        Modality modalities,
        string? imageToken,
        string? videoToken,
        string? audioToken,
        string[] sources,
        string? notes)
        : base((int)id, slug, name, aliases, sources, notes)
    {
        Id = id;
        Prefix = prefix;
        SystemFormat = systemFormat;
        SystemPlacement = systemPlacement;
        UserFormat = userFormat;
        AssistantFormat = assistantFormat;
        Separator = separator;
        DefaultSystem = defaultSystem;
        StopWords = Lists.ReadOnly(stopWords);
        Modalities = modalities;
        ImageToken = imageToken;
        VideoToken = videoToken;
        AudioToken = audioToken;
    }

    /// <summary>The placeholder for a message's text in the formats.</summary>
    public const string ContentPlaceholder = "{{content}}";

    /// <summary>The template's id.</summary>
    public TemplateId Id { get; }

    /// <summary>Text put once before the whole conversation (often a BOS token), or empty.</summary>
    public string Prefix { get; }

    /// <summary>The format of the system message.</summary>
    public string SystemFormat { get; }

    /// <summary>Where the system message goes.</summary>
    public SystemPlacement SystemPlacement { get; }

    /// <summary>The format of a user message (often ending with the assistant's header).</summary>
    public string UserFormat { get; }

    /// <summary>The format of an assistant message.</summary>
    public string AssistantFormat { get; }

    /// <summary>Text between one exchange and the next, or empty.</summary>
    public string Separator { get; }

    /// <summary>The system prompt used when a conversation has none, or <see langword="null"/>.</summary>
    public string? DefaultSystem { get; }

    /// <summary>Strings that end generation, for a decoding loop.</summary>
    public IReadOnlyList<string> StopWords { get; }

    /// <summary>The kinds of input the template can carry.</summary>
    public Modality Modalities { get; }

    /// <summary>The placeholder for an image in a message, or <see langword="null"/>.</summary>
    public string? ImageToken { get; }

    /// <summary>The placeholder for a video in a message, or <see langword="null"/>.</summary>
    public string? VideoToken { get; }

    /// <summary>The placeholder for an audio clip in a message, or <see langword="null"/>.</summary>
    public string? AudioToken { get; }

    /// <summary>The ids of the models that use it.</summary>
    public IReadOnlyList<ModelId> ModelIds => Lists.IdsOf(ref _modelIds, _linkedModels ?? throw NotInCatalog());

    /// <summary>The models of its catalog that use it.</summary>
    public IReadOnlyList<Model> Models => _models ?? throw NotInCatalog();

    internal void Link(Model[] models)
    {
        _linkedModels = models;
        _models = Lists.ReadOnly(models);
    }

    /// <summary>The checkpoints of its catalog that use it (by their own templates, else their model's), in catalog order.</summary>
    public IReadOnlyList<Checkpoint> Checkpoints => _checkpoints ?? throw NotInCatalog();

    internal void LinkCheckpoints(Checkpoint[] checkpoints) => _checkpoints = Lists.ReadOnly(checkpoints);

    /// <summary>
    /// Renders a conversation into the prompt text the model was trained on. An optional first system message,
    /// then user and assistant messages alternating, starting with the user. Without a system message the
    /// template's <see cref="DefaultSystem"/> applies. Message text is inserted as it is: text that looks like a
    /// special token is not escaped, so tokenize user text as plain text.
    /// </summary>
    /// <param name="messages">The conversation.</param>
    /// <param name="addGenerationPrompt">
    /// <see langword="true"/> (the default): the prompt ends ready for the model's reply. In the reference formats
    /// the opening of the assistant's turn is part of the user format, so a conversation that ends with a user
    /// message ends with it. <see langword="false"/>: a final assistant message is left open (its closing text,
    /// such as an end-of-turn token, is left out), so the model continues that message.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The turns do not alternate as described, there is no user message, or the template takes no system message
    /// (<see cref="SystemPlacement.None"/>) and the conversation has one.
    /// </exception>
    public string Render(IReadOnlyList<TemplateMessage> messages, bool addGenerationPrompt = true) =>
        PromptRenderer.Render(this, messages, addGenerationPrompt);

    /// <inheritdoc/>
    public bool Equals(Template? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Template);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Id;
}
