using System;
using System.Collections.Generic;

namespace ModelCatalog.Lookup;

/// <summary>
/// A case-insensitive map from names to positions, built once. Lookups allocate nothing: the hash folds case
/// as it reads the characters, and equality is <see cref="StringComparison.OrdinalIgnoreCase"/>. Open
/// addressing with linear probing in a table at most half full.
/// </summary>
internal sealed class NameIndex
{
    private readonly string?[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public NameIndex(IEnumerable<KeyValuePair<string, int>> entries, int count)
    {
        int capacity = 4;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        foreach (KeyValuePair<string, int> entry in entries)
        {
            Add(entry.Key, entry.Value);
        }
    }

    /// <summary>Builds the index of a table from each entry's slug, name and aliases; the first owner of a name keeps it.</summary>
    public static NameIndex For<T>(IReadOnlyList<T> items)
        where T : ICatalogEntry
    {
        var entries = new List<KeyValuePair<string, int>>();
        for (int i = 0; i < items.Count; i++)
        {
            entries.Add(new KeyValuePair<string, int>(items[i].Slug, i));
            entries.Add(new KeyValuePair<string, int>(items[i].Name, i));
            foreach (string alias in items[i].Aliases)
            {
                entries.Add(new KeyValuePair<string, int>(alias, i));
            }
        }

        return new NameIndex(entries, entries.Count);
    }

    public bool TryGetValue(string key, out int value)
    {
        int slot = Hash(key) & _mask;
        while (_keys[slot] is string candidate)
        {
            if (string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = -1;
        return false;
    }

#if NET
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        int slot = Hash(key) & _mask;
        while (_keys[slot] is string candidate)
        {
            if (key.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = -1;
        return false;
    }
#endif

    private void Add(string key, int value)
    {
        int slot = Hash(key) & _mask;
        while (_keys[slot] is string existing)
        {
            if (string.Equals(existing, key, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    private static int Hash(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ Fold(c)) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }

#if NET
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ Fold(c)) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
#endif

    // The same folding OrdinalIgnoreCase uses: ASCII letters directly, the rest by invariant upper case.
    private static uint Fold(char c) => c < 0x80 ? (c is >= 'a' and <= 'z' ? (uint)(c - 32) : c) : char.ToUpperInvariant(c);
}
