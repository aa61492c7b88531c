using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog.Lookup;

/// <summary>
/// One table's records by the value of their id, and by name once asked: everything of a table that does not depend
/// on its id enum. Kept apart from <see cref="Metadata.RecordTable{TId, TRecord}"/> because code generic over an enum
/// is compiled once per enum type, and over a class once for all: with the dictionary code here, a fresh process
/// JIT-compiles it once instead of once per table (first-access budget, docs/benchmarks.md).
/// </summary>
internal sealed class RecordIndex<TRecord>
    where TRecord : CatalogEntry
{
    private readonly Dictionary<int, TRecord> _byKey;
    private CatalogTable<TRecord>? _names; // built on the first lookup by name

    public RecordIndex(TRecord[] items, string what)
    {
        Items = items ?? throw new ArgumentNullException(what);
        _byKey = new Dictionary<int, TRecord>(items.Length);
        foreach (TRecord item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(what, $"The {what} of a catalog cannot hold null.");
            }

            if (_byKey.TryGetValue(item.Key, out TRecord? other))
            {
                throw new ArgumentException($"Two {what} of the catalog have one id: '{other.Slug}' and '{item.Slug}'.", what);
            }

            _byKey.Add(item.Key, item);
        }

        All = Lists.ReadOnly(items);
    }

    public TRecord[] Items { get; }

    public IReadOnlyList<TRecord> All { get; }

    public bool TryGet(int key, [NotNullWhen(true)] out TRecord? record) => _byKey.TryGetValue(key, out record);

    // Two threads may both build it; they build equal indexes, and either one is kept.
    public CatalogTable<TRecord> Names => _names ??= new CatalogTable<TRecord>(Items);
}
