using System;
using System.Collections.Generic;

namespace ModelCatalog.Lookup;

/// <summary>
/// A case-insensitive map from names to positions, built once. Lookups allocate nothing. The hash is the runtime's
/// own <see cref="StringComparison.OrdinalIgnoreCase"/> hash (vectorised, and by definition consistent with the
/// equality used), each slot keeps its key's hash to skip most string comparisons, and the table, at most half
/// full, is probed linearly.
/// </summary>
internal sealed class NameIndex
{
    private readonly string?[] _keys;
    private readonly int[] _hashes;
    private readonly int[] _values;
    private readonly int _mask;

    private NameIndex(int count)
    {
        int capacity = 4;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _hashes = new int[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Builds the index of a table from each entry's slug, name and aliases; the first owner of a name keeps it.</summary>
    /// <remarks>Not generic, and indexing rather than enumerating: it runs once per table in a fresh process, where
    /// every generic instantiation and enumerator type is JIT and type-loading time (docs/benchmarks.md).</remarks>
    public static NameIndex For(ICatalogEntry[] items)
    {
        int count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            count += 2 + items[i].Aliases.Count;
        }

        var index = new NameIndex(count);
        for (int i = 0; i < items.Length; i++)
        {
            ICatalogEntry item = items[i];
            index.Add(item.Slug, i);
            index.Add(item.Name, i);
            IReadOnlyList<string> aliases = item.Aliases;
            for (int a = 0; a < aliases.Count; a++)
            {
                index.Add(aliases[a], i);
            }
        }

        return index;
    }

    public bool TryGetValue(string key, out int value)
    {
        int hash = Hash(key);
        for (int slot = hash & _mask; _keys[slot] is string candidate; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }
        }

        value = -1;
        return false;
    }

#if NET
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        int hash = Hash(key);
        for (int slot = hash & _mask; _keys[slot] is string candidate; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && key.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }
        }

        value = -1;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.OrdinalIgnoreCase);

    private static int Hash(string key) => string.GetHashCode(key.AsSpan(), StringComparison.OrdinalIgnoreCase);
#else
    private static int Hash(string key) => StringComparer.OrdinalIgnoreCase.GetHashCode(key);
#endif

    private void Add(string key, int value)
    {
        int hash = Hash(key);
        int slot = hash & _mask;
        for (; _keys[slot] is string existing; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && string.Equals(existing, key, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = value;
    }
}
