using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog.Lookup;

/// <summary>The lookups every table offers, over the records the generator created.</summary>
internal sealed class CatalogTable<T>
    where T : CatalogEntry
{
    private readonly T[] _items;
    private readonly NameIndex _index;

    public CatalogTable(T[] items)
    {
        _items = items;
        _index = NameIndex.For(items);
        All = Lists.ReadOnly(items);
    }

    public IReadOnlyList<T> All { get; }

    public bool TryFind(string? name, [NotNullWhen(true)] out T? item)
    {
#if NET
        if (name is not null && _index.TryGetValue(name.AsSpan(), out int index))
#else
        if (name is not null && _index.TryGetValue(name, out int index))
#endif
        {
            item = _items[index];
            return true;
        }

        item = null;
        return false;
    }

#if NET
    public bool TryFind(ReadOnlySpan<char> name, [NotNullWhen(true)] out T? item)
    {
        if (_index.TryGetValue(name, out int index))
        {
            item = _items[index];
            return true;
        }

        item = null;
        return false;
    }
#endif

    public static ArgumentOutOfRangeException NotDefined<TId>(TId id) =>
        new(nameof(id), id, $"{id} is not a defined {typeof(TId).Name}.");
}
