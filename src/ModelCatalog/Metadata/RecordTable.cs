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
    private readonly RecordIndex<TRecord> _index;

    internal RecordTable(TRecord[] items, string what) => _index = new RecordIndex<TRecord>(items, what);

    /// <summary>Every record, in catalog order.</summary>
    public IReadOnlyList<TRecord> All => _index.All;

    /// <summary>The number of records.</summary>
    public int Count => _index.Items.Length;

    // What the catalog links through: the same for every table's id enum (see RecordIndex).
    internal RecordIndex<TRecord> Index => _index;

    /// <summary>The record with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> names no record of this table.</exception>
    public TRecord Get(TId id) => Get(KeyOf(id));

    // Get by the id's value, for the generated tables, which know it as an int (no boxing on netstandard2.0).
    internal TRecord Get(int key) =>
        _index.TryGet(key, out TRecord? item) ? item : throw NotDefined((TId)(object)key);

    /// <summary>Finds the record with this id.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(TId id, [NotNullWhen(true)] out TRecord? record) => _index.TryGet(KeyOf(id), out record);


    /// <summary>Finds a record by its slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string? nameOrIdOrAlias, [NotNullWhen(true)] out TRecord? record) =>
        _index.Names.TryFind(nameOrIdOrAlias, out record);

#if NET
    /// <summary>Finds a record by its slug, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(ReadOnlySpan<char> nameOrIdOrAlias, [NotNullWhen(true)] out TRecord? record) =>
        _index.Names.TryFind(nameOrIdOrAlias, out record);
#endif

    private static ArgumentOutOfRangeException NotDefined(TId id) =>
        new("id", id, $"{id} is not a defined {typeof(TId).Name}.");

    // Every id enum of the catalog is over int (data/README.md, "Enum values"). netstandard2.0 has no Unsafe.As, and
    // the cast through object boxes there; the generated tables pass the int themselves (Get(int)).
#if NET
    private static int KeyOf(TId id) => System.Runtime.CompilerServices.Unsafe.As<TId, int>(ref id);
#else
    private static int KeyOf(TId id) => (int)(object)id;
#endif
}
