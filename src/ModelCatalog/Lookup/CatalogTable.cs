using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog.Lookup;

/// <summary>The lookups every table offers, over the records the generator created.</summary>
internal sealed class CatalogTable<T>
    where T : CatalogEntry
{
#if NET
    /// <summary>
    /// Lookups after which a table moves to its final index (<see cref="VectorNameIndex"/>). A process
    /// that looks up a few names never pays for loading the vector types; one that looks up many pays once, then
    /// saves about 2 ns a lookup. Like the JIT's own tiers, the cost goes where the use is.
    /// </summary>
    internal const int LookupsBeforeVectorHash = 1000;

    private int _lookups;
#endif

    private readonly T[] _items;
    private NameIndex _index; // on .NET, replaced by the final index after LookupsBeforeVectorHash lookups (see CountLookup)

    public CatalogTable(T[] items)
    {
        _items = items;
        _index = NameIndex.For(items);
        All = Lists.ReadOnly(items);
    }

    public IReadOnlyList<T> All { get; }

#if NET
    /// <summary>Whether lookups use the final index yet.</summary>
    internal bool HasFinalIndex => _index.Final;
#endif

#if NET
    public bool TryFind(string? name, [NotNullWhen(true)] out T? item)
    {
        if (name is null)
        {
            item = null;
            return false;
        }

        return TryFind(name.AsSpan(), out item);
    }
#else
    public bool TryFind(string? name, [NotNullWhen(true)] out T? item)
    {
        if (name is not null && _index.TryGetValue(name, out int index))
        {
            item = _items[index];
            return true;
        }

        item = null;
        return false;
    }
#endif

#if NET
    public bool TryFind(ReadOnlySpan<char> name, [NotNullWhen(true)] out T? item)
    {
        NameIndex names = _index;
        if (!names.Final)
        {
            CountLookup();
        }

        if (names.TryGetValue(name, out int index))
        {
            item = _items[index];
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>
    /// Counts lookups on the first index and replaces it with the final one at the threshold. Unsynchronised on purpose: a lost
    /// count only delays the move, and two threads that both build the new index build equal ones. The new index is
    /// complete before it is published, and a lookup reads the field once, so it sees one index or the other, whole.
    /// </summary>
    private void CountLookup()
    {
        if (++_lookups == LookupsBeforeVectorHash)
        {
            _index = VectorNameIndex.Build(_items);
        }
    }
#endif

    public static ArgumentOutOfRangeException NotDefined<TId>(TId id) =>
        new(nameof(id), id, $"{id} is not a defined {typeof(TId).Name}.");
}
