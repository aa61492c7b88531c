using System;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog;

/// <summary>
/// Text forms of <see cref="OrganizationId"/>: its slug (<c>meta</c>), the stable form to store and exchange. An enum
/// cannot implement <c>IParsable</c>, so parsing lives here.
/// </summary>
public static class OrganizationIds
{
    /// <summary>The organization's slug, <c>meta</c> for <c>OrganizationId.Meta</c>. Allocates nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="OrganizationId"/>.</exception>
    public static string ToSlug(this OrganizationId id) => Organizations.Get(id).Slug;

    /// <summary>The id of the organization with this slug, name or alias, ignoring case (<c>meta</c>, <c>Facebook</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">No organization has this slug, name or alias.</exception>
    public static OrganizationId Parse(string text) =>
        TryParse(text ?? throw new ArgumentNullException(nameof(text)), out OrganizationId id) ? id : throw IdText.NotFound("an organization", text);

    /// <summary>Finds the id of the organization with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationId id)
    {
        if (Organizations.TryFind(text, out Organization? organization))
        {
            id = organization.Id;
            return true;
        }

        id = default;
        return false;
    }

#if NET
    /// <summary>The id of the organization with this slug, name or alias, ignoring case.</summary>
    /// <exception cref="FormatException">No organization has this slug, name or alias.</exception>
    public static OrganizationId Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out OrganizationId id) ? id : throw IdText.NotFound("an organization", text.ToString());

    /// <summary>Finds the id of the organization with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out OrganizationId id)
    {
        if (Organizations.TryFind(text, out Organization? organization))
        {
            id = organization.Id;
            return true;
        }

        id = default;
        return false;
    }
#endif
}
