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
    // Fields rather than properties where the name index reads them: in a fresh process every method called is a
    // method to JIT compile first (docs/benchmarks.md, first access).
    internal readonly string SlugText;
    internal readonly string NameText;
    internal readonly string[] AliasTexts;
    private readonly string[] _sources;
    private IReadOnlyList<string>? _aliases;
    private IReadOnlyList<Uri>? _sourceUris;

    private protected CatalogEntry(string slug, string name, string[] aliases, string[] sources, string? notes)
    {
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

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
