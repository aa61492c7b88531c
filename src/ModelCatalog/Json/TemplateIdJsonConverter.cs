using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="TemplateId"/> as its slug (<c>"llama3"</c>), also as a dictionary key, and reads a slug, name
/// or alias, ignoring case. Numbers are refused: an enum's value is its position in the catalog, not a stable id.
/// </summary>
public sealed class TemplateIdJsonConverter : CatalogJsonConverter<TemplateId>
{
    /// <summary>Creates the converter.</summary>
    public TemplateIdJsonConverter()
        : base("a chat template")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out TemplateId value) => TemplateIds.TryParse(text, out value);

    private protected override string Slug(TemplateId value) => value.ToSlug();
}
