using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Lookup;

namespace ModelCatalog;

/// <summary>
/// The catalog's chat templates: one property per template (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Templates
{
    /// <summary>Every template, in catalog order (the order of <see cref="TemplateId"/>).</summary>
    public static IReadOnlyList<Template> All => lazyTable.Value.All;

    /// <summary>The number of chat templates.</summary>
    public static int Count => s_items.Length;

    /// <summary>The template with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="TemplateId"/>.</exception>
    public static Template Get(TemplateId id) =>
        (uint)id < (uint)s_items.Length ? s_items[(int)id] : throw CatalogTable<Template>.NotDefined(id);

    /// <summary>
    /// Finds a template by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Template? template) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out template);

#if NET
    /// <summary>Finds a template by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Template? template) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out template);
#endif

    // A nested class so that the index is built on first lookup, after the generated records exist. Private
    // members start in lower case so that no generated property (always upper case or "_") can collide.
    private static class lazyTable
    {
        internal static readonly CatalogTable<Template> Value = new(s_items);
    }
}
