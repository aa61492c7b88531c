using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Lookup;

namespace ModelCatalog;

/// <summary>
/// The catalog's models: one property per model (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Models
{
    /// <summary>Every model, in catalog order (the order of <see cref="ModelId"/>).</summary>
    public static IReadOnlyList<Model> All => lazyTable.Value.All;

    /// <summary>The number of models.</summary>
    public static int Count => s_items.Length;

    /// <summary>The model with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="ModelId"/>.</exception>
    public static Model Get(ModelId id) =>
        (uint)id < (uint)s_items.Length ? s_items[(int)id] : throw CatalogTable<Model>.NotDefined(id);

    /// <summary>
    /// Finds a model by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Model? model) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out model);

#if NET
    /// <summary>Finds a model by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Model? model) =>
        lazyTable.Value.TryFind(nameOrIdOrAlias, out model);
#endif

    // A nested class so that the index is built on first lookup, after the generated records exist. Private
    // members start in lower case so that no generated property (always upper case or "_") can collide.
    private static class lazyTable
    {
        internal static readonly CatalogTable<Model> Value = new(s_items);
    }
}
