using System;
using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;
using ModelCatalog.Metadata;

namespace ModelCatalog.Cli.Validation;

/// <summary>
/// The built-in catalog this tool carries, as the generator sees it in a consumer's compilation (the names on the id
/// enums' members): what a consumer's tables may refer to and may not redefine.
/// </summary>
internal static class BuiltInNames
{
    public static ReferencedCatalog Read() => new(
        true,
        Entries(Organizations.All, o => (int)o.Id),
        Entries(Templates.All, t => (int)t.Id),
        Entries(Models.All, m => (int)m.Id),
        Entries(Checkpoints.All, c => (int)c.Id));

    private static EquatableArray<KnownEntry> Entries<T>(IEnumerable<T> records, Func<T, int> value)
        where T : CatalogEntry =>
        records.Select(r => new KnownEntry(r.Slug, r.Name, r.Aliases.ToEquatableArray(), value(r))).ToEquatableArray();
}
