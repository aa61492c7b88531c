using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="OrganizationId"/> as its slug (<c>"meta"</c>), also as a dictionary key, and reads a slug, name
/// or alias, ignoring case. Numbers are refused: an enum's value is its position in the catalog, not a stable id.
/// </summary>
public sealed class OrganizationIdJsonConverter : CatalogJsonConverter<OrganizationId>
{
    /// <summary>Creates the converter.</summary>
    public OrganizationIdJsonConverter()
        : base("an organization")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out OrganizationId value) => OrganizationIds.TryParse(text, out value);

    private protected override string Slug(OrganizationId value) => value.ToSlug();
}
