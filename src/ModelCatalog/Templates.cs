using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// The catalog's chat templates: one property per chat template (generated from the data tables), and lookups by id and by name.
/// </summary>
public static partial class Templates
{
    // Private members start in lower case so that no generated property (always upper case or "_") can collide.
    private static readonly Template[] s_items = BuiltInCatalog.Records.Templates.Items;

    /// <summary>Every chat template, in catalog order (the order of the data table's rows).</summary>
    public static IReadOnlyList<Template> All => BuiltInCatalog.Records.Templates.All;

    /// <summary>The number of chat templates.</summary>
    public static int Count => s_items.Length;

    /// <summary>The chat template with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="TemplateId"/>.</exception>
    public static Template Get(TemplateId id) => BuiltInCatalog.Records.Templates.Get(id);

    /// <summary>
    /// Finds a chat template by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out Template? template) =>
        BuiltInCatalog.Records.Templates.TryFind(nameOrIdOrAlias, out template);

#if NET
    /// <summary>Finds a chat template by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out Template? template) =>
        BuiltInCatalog.Records.Templates.TryFind(nameOrIdOrAlias, out template);
#endif
}
