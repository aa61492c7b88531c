using System;
using System.Collections.Generic;
using ModelCatalog.Lookup;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>A company, lab or community that makes models. One instance per organization: get them from <see cref="Organizations"/>.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.OrganizationJsonConverter))] // serialized as its slug, not its relationships
#endif
public sealed class Organization : CatalogEntry, IEquatable<Organization>, IIdentified<OrganizationId>
{
    private readonly string? _website;
    private Uri? _websiteUri;
    private IReadOnlyList<Model>? _models;
    private Model[]? _linkedModels;
    private IReadOnlyList<ModelId>? _modelIds;

    // Made through CatalogMetadataServices.CreateOrganization.
    internal Organization(
        OrganizationId id,
        string slug,
        string name,
        string[] aliases,
        string? country,
        string[] huggingFace,
        string? website,
        string[] sources,
        string? notes)
        : base((int)id, slug, name, aliases, sources, notes)
    {
        Id = id;
        Country = country;
        HuggingFace = Lists.ReadOnly(huggingFace);
        _website = website;
    }

    /// <summary>The organization's id.</summary>
    public OrganizationId Id { get; }

    /// <summary>Its country as an ISO 3166-1 alpha-2 code (<c>US</c>, <c>CN</c>), when known.</summary>
    public string? Country { get; }

    /// <summary>Its Hugging Face organization handles (<c>meta-llama</c>).</summary>
    public IReadOnlyList<string> HuggingFace { get; }

    /// <summary>Its website, when known.</summary>
    public Uri? Website => _website is null ? null : _websiteUri ??= new Uri(_website, UriKind.Absolute);

    /// <summary>The ids of the models it made.</summary>
    public IReadOnlyList<ModelId> ModelIds => Lists.IdsOf(ref _modelIds, _linkedModels ?? throw NotInCatalog());

    /// <summary>The models of its catalog that it made.</summary>
    public IReadOnlyList<Model> Models => _models ?? throw NotInCatalog();

    internal void Link(Model[] models)
    {
        _linkedModels = models;
        _models = Lists.ReadOnly(models);
    }

    /// <inheritdoc/>
    public bool Equals(Organization? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Organization);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Id;
}
