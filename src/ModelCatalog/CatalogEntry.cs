using System;
using System.Collections.Generic;
using ModelCatalog.Lookup;

namespace ModelCatalog;

/// <summary>
/// What a model, an organization and a chat template hold alike: the names they are found by, their sources and
/// notes. Each has one instance per row of the catalog; they print as their name.
/// </summary>
public abstract class CatalogEntry : ICatalogEntry
{
    // The id's value: the tables index records by it as an int, whatever their id enum (see RecordTable).
    internal readonly int Key;

    // Fields the name index reads (src/ModelCatalog/Lookup).
    internal readonly string SlugText;
    internal readonly string NameText;
    internal readonly string[] AliasTexts;
    private readonly string[] _sources;
    private IReadOnlyList<string>? _aliases;
    private IReadOnlyList<Uri>? _sourceUris;

    /// <summary>The catalog the record belongs to, once one is built of it.</summary>
    internal Metadata.CatalogRecords? Owner;

    private protected CatalogEntry(int key, string slug, string name, string[] aliases, string[] sources, string? notes)
    {
        Key = key;
        SlugText = slug;
        NameText = name;
        AliasTexts = aliases;
        _sources = sources;
        Notes = notes;
    }

    /// <inheritdoc/>
    public string Slug => SlugText;

    /// <inheritdoc/>
    public string Name => NameText;

    /// <inheritdoc/>
    public IReadOnlyList<string> Aliases => Lists.View(ref _aliases, AliasTexts);

    /// <inheritdoc/>
    public IReadOnlyList<Uri> Sources => Lists.Uris(ref _sourceUris, _sources);

    /// <summary>The main source of its facts.</summary>
    public Uri Source => Sources[0];

    /// <inheritdoc/>
    public string? Notes { get; }

    private protected InvalidOperationException NotInCatalog() =>
        new($"'{Slug}' is not part of a catalog yet: its relationships are set when its catalog is built (CatalogMetadataServices.CreateCatalog).");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
