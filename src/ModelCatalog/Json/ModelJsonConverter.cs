using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="Model"/> as a reference, its slug (<c>"llama-3"</c>), also as a dictionary key, and reads a
/// slug, name or alias, ignoring case, back to the catalog's one instance of that model.
/// </summary>
public sealed class ModelJsonConverter : CatalogJsonConverter<Model>
{
    /// <summary>Creates the converter.</summary>
    public ModelJsonConverter()
        : base("a model")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out Model value) => Models.TryFind(text, out value!);

    private protected override string Slug(Model value) => value.Slug;
}
