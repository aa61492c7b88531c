using System;
using System.Collections.Generic;
using ModelCatalog.Lookup;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// A large language model (or a family of versions of one) and its facts. One instance per model: get them from
/// <see cref="Models"/> (<c>Models.Llama3</c>, <see cref="Models.Get(ModelId)"/>, <see cref="Models.TryFind(string, out Model)"/>).
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.ModelJsonConverter))] // serialized as its slug, not its relationships
#endif
public sealed class Model : CatalogEntry, IEquatable<Model>, IIdentified<ModelId>
{
    // The lists are kept as arrays and wrapped in read-only views on first use (Lists.View).
    private readonly Release[] _releases;
    private readonly ParameterCount[] _sizes;
    private readonly Language[] _languages;
    private readonly TemplateId[] _templateIds;
    private IReadOnlyList<Release>? _releasesView;
    private IReadOnlyList<ParameterCount>? _sizesView;
    private IReadOnlyList<Language>? _languagesView;
    private IReadOnlyList<TemplateId>? _templateIdsView;
    private Organization? _organization;
    private Model? _baseModel;
    private IReadOnlyList<Template>? _templates;
    private IReadOnlyList<Model>? _derivatives;
    private IReadOnlyList<Checkpoint>? _checkpoints;

    // Made through CatalogMetadataServices.CreateModel.
    internal Model(
        ModelId id,
        string slug,
        string name,
        string[] aliases,
        OrganizationId organization,
        Release[] releases,
        ParameterCount[] sizes,
        long? trainingTokens,
        Architecture? architecture,
        Language[] languages,
        Modality modalities,
        bool? openWeights,
        ModelId? baseModel,
        TemplateId[] templates,
        string[] sources,
        string? notes)
        : base((int)id, slug, name, aliases, sources, notes)
    {
        Id = id;
        OrganizationId = organization;
        _releases = releases;
        _sizes = sizes;
        TrainingTokens = trainingTokens;
        Architecture = architecture;
        _languages = languages;
        Modalities = modalities;
        OpenWeights = openWeights;
        BaseModelId = baseModel;
        _templateIds = templates;
    }

    /// <summary>The model's id.</summary>
    public ModelId Id { get; }

    /// <summary>The id of the organization that made it.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The organization that made it.</summary>
    public Organization Organization => _organization ?? throw NotInCatalog();

    /// <summary>Its releases, in the order the source lists them (usually oldest first).</summary>
    public IReadOnlyList<Release> Releases => Lists.View(ref _releasesView, _releases);

    /// <summary>The date of its earliest release, or <see langword="null"/> when none is known.</summary>
    public ReleaseDate? FirstReleased
    {
        get
        {
            ReleaseDate? first = null;
            foreach (Release release in Releases)
            {
                if (first is null || release.Date < first.Value)
                {
                    first = release.Date;
                }
            }

            return first;
        }
    }

    /// <summary>The sizes it comes in.</summary>
    public IReadOnlyList<ParameterCount> Sizes => Lists.View(ref _sizesView, _sizes);

    /// <summary>The number of tokens it was pre-trained on, when known.</summary>
    public long? TrainingTokens { get; }

    /// <summary>Its architecture, when known.</summary>
    public Architecture? Architecture { get; }

    /// <summary>The languages it was trained for.</summary>
    public IReadOnlyList<Language> Languages => Lists.View(ref _languagesView, _languages);

    /// <summary>The kinds of input it takes.</summary>
    public Modality Modalities { get; }

    /// <summary>Whether its weights can be downloaded; <see langword="null"/> when unknown.</summary>
    public bool? OpenWeights { get; }

    /// <summary>The id of the model it was tuned from, or <see langword="null"/> for a model trained from scratch.</summary>
    public ModelId? BaseModelId { get; }

    /// <summary>The model it was tuned from, or <see langword="null"/>.</summary>
    public Model? BaseModel => BaseModelId is null ? null : _baseModel ?? throw NotInCatalog();

    /// <summary>The ids of its chat templates.</summary>
    public IReadOnlyList<TemplateId> TemplateIds => Lists.View(ref _templateIdsView, _templateIds);

    /// <summary>The chat templates that turn a conversation into its prompt.</summary>
    public IReadOnlyList<Template> Templates => _templates ?? throw NotInCatalog();

    /// <summary>The models of its catalog tuned from this one.</summary>
    public IReadOnlyList<Model> Derivatives => _derivatives ?? throw NotInCatalog();

    internal TemplateId[] TemplateIdArray => _templateIds;

    // Its templates once linked, for the catalog's own linking: an array, because enumerating 536 checkpoints' lists
    // through the interface cost ~12 M instructions of first access (first-access budget, docs/benchmarks.md).
    internal Template[] TemplateArray = Array.Empty<Template>();

    internal void Link(Organization organization, Model? baseModel, Template[] templates)
    {
        _organization = organization;
        _baseModel = baseModel;
        _templates = Lists.ReadOnly(templates);
        TemplateArray = templates;
    }

    internal void LinkDerivatives(Model[] derivatives) => _derivatives = Lists.ReadOnly(derivatives);

    internal void LinkCheckpoints(Checkpoint[] checkpoints) => _checkpoints = Lists.ReadOnly(checkpoints);

    /// <summary>Its checkpoints in its catalog (the weights released, each found by its repository id), in catalog order.</summary>
    public IReadOnlyList<Checkpoint> Checkpoints => _checkpoints ?? throw NotInCatalog();

    /// <inheritdoc/>
    public bool Equals(Model? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Model);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Id;
}
