using System;
using System.Collections.Generic;
using ModelCatalog.Lookup;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// One set of released weights of a model: the repository a download tool or serving stack names
/// (<c>Qwen/Qwen2.5-7B-Instruct</c>), with its size, variant, chat templates, context length and license. One instance
/// per checkpoint: get them from <see cref="Checkpoints"/> (<see cref="Checkpoints.TryFind(string, out Checkpoint)"/>
/// finds one by its id, name, Hugging Face id or ModelScope id). Its <see cref="CatalogEntry.Aliases"/> are its
/// repository ids.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.CheckpointJsonConverter))] // serialized as its slug, not its relationships
#endif
public sealed class Checkpoint : CatalogEntry, IEquatable<Checkpoint>, IIdentified<CheckpointId>
{
    private readonly string[] _huggingFace;
    private readonly string[] _modelScope;
    private readonly TemplateId[] _ownTemplateIds;
    private IReadOnlyList<string>? _huggingFaceView;
    private IReadOnlyList<string>? _modelScopeView;
    private Model? _model;
    private IReadOnlyList<Template>? _ownTemplates;

    // Made through CatalogMetadataServices.CreateCheckpoint.
    internal Checkpoint(
        CheckpointId id,
        string slug,
        string name,
        string[] aliases,
        ModelId model,
        Release? release,
        ParameterCount size,
        CheckpointVariant variant,
        string[] huggingFace,
        string[] modelScope,
        TemplateId[] templates,
        int? contextLength,
        string? license,
        string[] sources,
        string? notes)
        : base((int)id, slug, name, aliases, sources, notes)
    {
        Id = id;
        ModelId = model;
        Release = release;
        Size = size;
        Variant = variant;
        _huggingFace = huggingFace;
        _modelScope = modelScope;
        _ownTemplateIds = templates;
        ContextLength = contextLength;
        License = license;
    }

    /// <summary>The checkpoint's id.</summary>
    public CheckpointId Id { get; }

    /// <summary>The id of the model it is a checkpoint of.</summary>
    public ModelId ModelId { get; }

    /// <summary>The model it is a checkpoint of.</summary>
    public Model Model => _model ?? throw NotInCatalog();

    /// <summary>The model's release (version) it belongs to, or <see langword="null"/> when the table names none.</summary>
    public Release? Release { get; }

    /// <summary>Its size: one of its model's <see cref="Model.Sizes"/>.</summary>
    public ParameterCount Size { get; }

    /// <summary>What kind of weights it is.</summary>
    public CheckpointVariant Variant { get; }

    /// <summary>Its Hugging Face repository ids, the current one first, then former ids that still redirect.</summary>
    public IReadOnlyList<string> HuggingFace => Lists.View(ref _huggingFaceView, _huggingFace);

    /// <summary>Its ModelScope repository ids.</summary>
    public IReadOnlyList<string> ModelScope => Lists.View(ref _modelScopeView, _modelScope);

    /// <summary>Whether the table gives the checkpoint templates of its own (otherwise it uses its model's).</summary>
    public bool HasOwnTemplates => _ownTemplateIds.Length > 0;

    /// <summary>The chat templates that turn a conversation into its prompt: its own, else its model's.</summary>
    public IReadOnlyList<Template> Templates => HasOwnTemplates ? _ownTemplates ?? throw NotInCatalog() : Model.Templates;

    /// <summary>The number of tokens of context it was released for (its config or card), when known.</summary>
    public int? ContextLength { get; }

    /// <summary>
    /// Its license: an SPDX id in lower case (<c>apache-2.0</c>) or the license's own short name (<c>llama3.1</c>),
    /// when known. The license text is among its <see cref="CatalogEntry.Sources"/>.
    /// </summary>
    public string? License { get; }

    internal TemplateId[] OwnTemplateIdArray => _ownTemplateIds;

    internal void Link(Model model, Template[] ownTemplates)
    {
        _model = model;
        _ownTemplates = Lists.ReadOnly(ownTemplates);
    }

    /// <inheritdoc/>
    public bool Equals(Checkpoint? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Checkpoint);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Id;
}
