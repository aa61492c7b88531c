using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// The catalog's organizations: one property per organization (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Organizations
{
    // Private members start in lower case so that no generated property (always upper case or "_") can collide.
    private static readonly Organization[] s_items = BuiltInCatalog.Records.Organizations.Items;

    /// <summary>Every organization, in catalog order (the order of the data table's rows).</summary>
    public static IReadOnlyList<Organization> All => BuiltInCatalog.Records.Organizations.All;

    /// <summary>The number of organizations.</summary>
    public static int Count => s_items.Length;

    /// <summary>The organization with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="OrganizationId"/>.</exception>
    public static Organization Get(OrganizationId id) => BuiltInCatalog.Records.Organizations.Get(id);

    /// <summary>
    /// Finds an organization by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Organization? organization) =>
        BuiltInCatalog.Records.Organizations.TryFind(nameOrIdOrAlias, out organization);

#if NET
    /// <summary>Finds an organization by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Organization? organization) =>
        BuiltInCatalog.Records.Organizations.TryFind(nameOrIdOrAlias, out organization);
#endif
}
