using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// The catalog's models: one property per model (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Models
{
    // Private members start in lower case so that no generated property (always upper case or "_") can collide.
    private static readonly Model[] s_items = BuiltInCatalog.Records.Models.Items;

    /// <summary>Every model, in catalog order (the order of the data table's rows).</summary>
    public static IReadOnlyList<Model> All => BuiltInCatalog.Records.Models.All;

    /// <summary>The number of models.</summary>
    public static int Count => s_items.Length;

    /// <summary>The model with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="ModelId"/>.</exception>
    public static Model Get(ModelId id) => BuiltInCatalog.Records.Models.Get(id);

    /// <summary>
    /// Finds a model by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Model? model) =>
        BuiltInCatalog.Records.Models.TryFind(nameOrIdOrAlias, out model);

#if NET
    /// <summary>Finds a model by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Model? model) =>
        BuiltInCatalog.Records.Models.TryFind(nameOrIdOrAlias, out model);
#endif
}
