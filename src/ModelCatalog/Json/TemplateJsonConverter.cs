using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="Template"/> as a reference, its slug (<c>"llama3"</c>), also as a dictionary key, and reads a
/// slug, name or alias, ignoring case, back to the catalog's one instance of that chat template.
/// </summary>
public sealed class TemplateJsonConverter : CatalogJsonConverter<Template>
{
    /// <summary>Creates the converter.</summary>
    public TemplateJsonConverter()
        : base("a chat template")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out Template value) => Templates.TryFind(text, out value!);

    private protected override string Slug(Template value) => value.Slug;
}
