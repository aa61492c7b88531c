using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Lookup;

namespace ModelCatalog.Metadata;

/// <summary>
/// One table of a catalog: its records in catalog order, found by id or by name. <c>Models</c>,
/// <c>Organizations</c> and <c>Templates</c> are this over the built-in catalog.
/// </summary>
/// <typeparam name="TId">The id enum (<see cref="ModelId"/>).</typeparam>
/// <typeparam name="TRecord">The record type (<see cref="Model"/>).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordTable<TId, TRecord>
    where TId : struct, Enum
    where TRecord : CatalogEntry, IIdentified<TId>
{
    private readonly TRecord[] _items;
    private readonly Dictionary<TId, TRecord> _byId;
    private CatalogTable<TRecord>? _names; // built on the first lookup by name

    internal RecordTable(TRecord[] items, string what)
    {
        _items = items ?? throw new ArgumentNullException(what);
        _byId = new Dictionary<TId, TRecord>(items.Length);
        foreach (TRecord item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(what, $"The {what} of a catalog cannot hold null.");
            }

            if (_byId.ContainsKey(item.Id))
            {
                throw new ArgumentException($"Two {what} of the catalog have the id {item.Id} ('{item.Slug}').", what);
            }

            _byId.Add(item.Id, item);
        }

        All = Lists.ReadOnly(items);
    }

    /// <summary>Every record, in catalog order.</summary>
    public IReadOnlyList<TRecord> All { get; }

    /// <summary>The number of records.</summary>
    public int Count => _items.Length;

    internal TRecord[] Items => _items;

    /// <summary>The record with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> names no record of this table.</exception>
    public TRecord Get(TId id) =>
        _byId.TryGetValue(id, out TRecord? item) ? item : throw new ArgumentOutOfRangeException(nameof(id), id, $"{id} is not a defined {typeof(TId).Name}.");

    /// <summary>Finds the record with this id.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(TId id, [NotNullWhen(true)] out TRecord? record) => _byId.TryGetValue(id, out record);

    /// <summary>Finds a record by its slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out TRecord? record) =>
        Names.TryFind(nameOrIdOrAlias, out record);

#if NET
    /// <summary>Finds a record by its slug, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out TRecord? record) =>
        Names.TryFind(nameOrIdOrAlias, out record);
#endif

    // Two threads may both build it; they build equal indexes, and either one is kept.
    private CatalogTable<TRecord> Names => _names ??= new CatalogTable<TRecord>(_items);
}
