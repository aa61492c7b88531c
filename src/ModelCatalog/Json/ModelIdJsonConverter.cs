using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="ModelId"/> as its slug (<c>"llama-3"</c>), also as a dictionary key, and reads a slug, name
/// or alias, ignoring case. Numbers are refused: an enum's value is its position in the catalog, not a stable id.
/// </summary>
public sealed class ModelIdJsonConverter : CatalogJsonConverter<ModelId>
{
    /// <summary>Creates the converter.</summary>
    public ModelIdJsonConverter()
        : base("a model")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out ModelId value) => ModelIds.TryParse(text, out value);

    private protected override string Slug(ModelId value) => value.ToSlug();
}
