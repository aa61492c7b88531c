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
    private readonly string[] _sources;
    private IReadOnlyList<Uri>? _sourceUris;

    private protected CatalogEntry(string slug, string name, string[] aliases, string[] sources, string? notes)
    {
        Slug = slug;
        Name = name;
        Aliases = Lists.ReadOnly(aliases);
        _sources = sources;
        Notes = notes;
    }

    /// <inheritdoc/>
    public string Slug { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Uri> Sources => Lists.Uris(ref _sourceUris, _sources);

    /// <summary>The main source of its facts.</summary>
    public Uri Source => Sources[0];

    /// <inheritdoc/>
    public string? Notes { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
