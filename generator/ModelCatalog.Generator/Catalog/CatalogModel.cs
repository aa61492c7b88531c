using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog;

/// <summary>
/// The linked catalog: every entry valid, every reference resolved, relationships known both ways. The emitter's
/// only input. Holds no source positions, so moving a row without changing it does not re-emit the code.
/// </summary>
public sealed record CatalogModel(
    EquatableArray<OrganizationEntry> Organizations,
    EquatableArray<TemplateEntry> Templates,
    EquatableArray<ModelEntry> Models,
    EquatableArray<CheckpointEntry> Checkpoints)
{
    public static readonly CatalogModel Empty = new(
        EquatableArray<OrganizationEntry>.Empty,
        EquatableArray<TemplateEntry>.Empty,
        EquatableArray<ModelEntry>.Empty,
        EquatableArray<CheckpointEntry>.Empty);

    /// <summary>The built-in entries a consumer's catalog refers to (none in the built-in catalog itself).</summary>
    public BuiltInReferences BuiltIn { get; init; } = BuiltInReferences.None;
}

/// <summary>
/// The entries of the built-in catalog that a consumer's rows refer to, per table: a reference <c>~k</c> of a
/// consumer's entry is the k-th of its table here.
/// </summary>
public sealed record BuiltInReferences(
    EquatableArray<KnownEntry> Organizations,
    EquatableArray<KnownEntry> Templates,
    EquatableArray<KnownEntry> Models)
{
    public static readonly BuiltInReferences None = new(EquatableArray<KnownEntry>.Empty, EquatableArray<KnownEntry>.Empty, EquatableArray<KnownEntry>.Empty);
}

/// <summary>What every entry has: its slug (<c>Id</c>), its C# identifier, its display name, aliases, sources and notes.</summary>
public interface IEntry
{
    string Id { get; }

    string Identifier { get; }

    string Name { get; }

    EquatableArray<string> Aliases { get; }
}

public sealed record OrganizationEntry(
    string Id,
    string Identifier,
    string Name,
    EquatableArray<string> Aliases,
    string? Country,
    EquatableArray<string> HuggingFace,
    string? Website,
    EquatableArray<string> Sources,
    string? Notes,
    EquatableArray<int> Models) : IEntry;

public sealed record TemplateEntry(
    string Id,
    string Identifier,
    string Name,
    EquatableArray<string> Aliases,
    string Prefix,
    string System,
    string SystemPlacement,
    string User,
    string Assistant,
    string Separator,
    string? DefaultSystem,
    EquatableArray<string> StopWords,
    int Modalities,
    string? ImageToken,
    string? VideoToken,
    string? AudioToken,
    EquatableArray<string> Sources,
    string? Notes,
    EquatableArray<int> Models,
    EquatableArray<int> Checkpoints) : IEntry;

/// <summary>A model. References are indexes into the catalog's tables (<see cref="Organization"/> into
/// Organizations, <see cref="Templates"/> into Templates, <see cref="BaseModel"/> and <see cref="Derivatives"/>
/// into Models, <see cref="Checkpoints"/> into Checkpoints); in a consumer's catalog a negative reference <c>~k</c> is
/// the k-th entry of the table's <see cref="BuiltInReferences"/>.</summary>
public sealed record ModelEntry(
    string Id,
    string Identifier,
    string Name,
    EquatableArray<string> Aliases,
    int Organization,
    EquatableArray<ReleaseValue> Releases,
    EquatableArray<SizeValue> Sizes,
    long? TrainingTokens,
    string? Architecture,
    EquatableArray<string> Languages,
    int Modalities,
    bool? OpenWeights,
    int? BaseModel,
    EquatableArray<int> Templates,
    EquatableArray<string> Sources,
    string? Notes,
    EquatableArray<int> Derivatives,
    EquatableArray<int> Checkpoints) : IEntry;

/// <summary>
/// A checkpoint: one set of released weights. <see cref="Model"/> indexes Models; <see cref="Templates"/> indexes
/// Templates and holds the checkpoint's own templates only (empty: the model's). <see cref="Release"/> is the
/// model's release named by the version cell, <see cref="Size"/> the model's size named by the size cell.
/// <see cref="Aliases"/> are the repository ids (Hugging Face, then ModelScope) that are lookup keys besides the id
/// and name: each leads to this checkpoint only.
/// </summary>
public sealed record CheckpointEntry(
    string Id,
    string Identifier,
    string Name,
    EquatableArray<string> Aliases,
    int Model,
    ReleaseValue? Release,
    SizeValue Size,
    string Variant,
    EquatableArray<string> HuggingFace,
    EquatableArray<string> ModelScope,
    EquatableArray<int> Templates,
    int? ContextLength,
    string? License,
    EquatableArray<string> Sources,
    string? Notes) : IEntry;
