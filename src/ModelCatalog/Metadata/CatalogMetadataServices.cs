using System;
using System.ComponentModel;

namespace ModelCatalog.Metadata;

/// <summary>
/// Builds the catalog's records and catalogs: what generated code calls, the built-in catalog included. Not meant to be
/// written by hand (hidden from IntelliSense, as System.Text.Json's <c>JsonMetadataServices</c> is); a binary contract
/// all the same, described in docs/construction-api.md.
/// </summary>
/// <remarks>
/// Records are created with the ids of what they refer to; <see cref="CreateCatalog(Organization[], Template[], Model[], Checkpoint[])"/> resolves those ids inside the
/// catalog it builds and sets every relationship, both ways, as references. A record belongs to one catalog.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CatalogMetadataServices
{
    /// <summary>Creates an organization; its models are set when its catalog is built.</summary>
    public static Organization CreateOrganization(
        OrganizationId id,
        string slug,
        string name,
        string[] aliases,
        string? country,
        string[] huggingFace,
        string? website,
        string[] sources,
        string? notes) =>
        new(id, slug, name, aliases, country, huggingFace, website, sources, notes);

    /// <summary>Creates a chat template; its models are set when its catalog is built.</summary>
    public static Template CreateTemplate(
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
        string? notes) =>
        new(id, slug, name, aliases, prefix, systemFormat, systemPlacement, userFormat, assistantFormat, separator,
            defaultSystem, stopWords, modalities, imageToken, videoToken, audioToken, sources, notes);

    /// <summary>
    /// Creates a model. Its organization, base model and templates are given by id and become references when its
    /// catalog is built; its derivatives are the models of that catalog that name it as their base.
    /// </summary>
    public static Model CreateModel(
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
        string? notes) =>
        new(id, slug, name, aliases, organization, releases, sizes, trainingTokens, architecture, languages, modalities,
            openWeights, baseModel, templates, sources, notes);

    /// <summary>
    /// Creates a checkpoint. Its model and its own templates (empty: its model's) are given by id and become references
    /// when its catalog is built; its release and size are values, normally among its model's.
    /// </summary>
    public static Checkpoint CreateCheckpoint(
        CheckpointId id,
        string slug,
        string name,
        string[] repositoryIds,
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
        string? notes) =>
        new(id, slug, name, repositoryIds, model, release, size, variant, huggingFace, modelScope, templates, contextLength,
            license, sources, notes);

    /// <summary>
    /// Builds a catalog of these records: checks that ids are unique and that every reference names a record of the
    /// catalog, then sets the relationships both ways. The arrays are the catalog's own from then on; keep no copy.
    /// </summary>
    /// <exception cref="ArgumentNullException">An array or one of its items is null.</exception>
    /// <exception cref="ArgumentException">
    /// Two records of a table have one id, a reference names no record of the catalog, or a record already belongs to
    /// another catalog.
    /// </exception>
    public static CatalogRecords CreateCatalog(Organization[] organizations, Template[] templates, Model[] models) =>
        new(organizations, templates, models, Array.Empty<Checkpoint>());

    /// <summary>Builds a catalog of these records, checkpoints included, as the overload without them does.</summary>
    /// <exception cref="ArgumentNullException">An array or one of its items is null.</exception>
    /// <exception cref="ArgumentException">As the overload without checkpoints; or a checkpoint's model or template is not in the catalog.</exception>
    public static CatalogRecords CreateCatalog(Organization[] organizations, Template[] templates, Model[] models, Checkpoint[] checkpoints) =>
        new(organizations, templates, models, checkpoints);

    /// <summary>The catalog this package ships: what a consumer's generated catalog is built over.</summary>
    public static CatalogRecords BuiltIn => BuiltInCatalog.Records;

    /// <summary>
    /// Builds a catalog of these records over <paramref name="parent"/> (a consumer's generated catalog over
    /// <see cref="BuiltIn"/>): a reference resolves to a record of the new catalog, else of the parent (and its parents).
    /// Reverse links stay inside each catalog: the parent's records do not list the new catalog's models.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/>, an array or one of its items is null.</exception>
    /// <exception cref="ArgumentException">
    /// As the overload without a parent; or a record has an id that a record of the parent has (no silent shadowing).
    /// </exception>
    public static CatalogRecords CreateCatalog(CatalogRecords parent, Organization[] organizations, Template[] templates, Model[] models, Checkpoint[] checkpoints) =>
        new(organizations, templates, models, checkpoints, parent ?? throw new ArgumentNullException(nameof(parent)));
}
