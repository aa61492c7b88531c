using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Lookup;

namespace ModelCatalog;

/// <summary>
/// The catalog's organizations: one property per organization (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Organizations
{
    /// <summary>Every organization, in catalog order (the order of <see cref="OrganizationId"/>).</summary>
    public static IReadOnlyList<Organization> All => lazyTable.Value.All;

    /// <summary>The number of organizations.</summary>
    public static int Count => s_items.Length;

    /// <summary>The organization with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="OrganizationId"/>.</exception>
    public static Organization Get(OrganizationId id) =>
        (uint)id < (uint)s_items.Length ? s_items[(int)id] : throw CatalogTable<Organization>.NotDefined(id);

    /// <summary>
    /// Finds a organization by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Organization? organization) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out organization);

#if NET
    /// <summary>Finds a organization by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Organization? organization) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out organization);
#endif

    // A nested class so that the index is built on first lookup, after the generated records exist. Private
    // members start in lower case so that no generated property (always upper case or "_") can collide.
    private static class lazyTable
    {
        internal static readonly CatalogTable<Organization> Value = new(s_items);
    }
}
