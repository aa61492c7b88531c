using System;

namespace ModelCatalog.Json;

/// <summary>
/// Writes a <see cref="Organization"/> as a reference, its slug (<c>"meta"</c>), also as a dictionary key, and reads a
/// slug, name or alias, ignoring case, back to the catalog's one instance of that organization.
/// </summary>
public sealed class OrganizationJsonConverter : CatalogJsonConverter<Organization>
{
    /// <summary>Creates the converter.</summary>
    public OrganizationJsonConverter()
        : base("an organization")
    {
    }

    private protected override bool TryFind(ReadOnlySpan<char> text, out Organization value) => Organizations.TryFind(text, out value!);

    private protected override string Slug(Organization value) => value.Slug;
}
