using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog.Lookup;

/// <summary>
/// The lookups every table offers, over the records the generator created: one case-insensitive dictionary from
/// each entry's slug, name and aliases to the entry (the first owner of a name keeps it). On .NET it is read through
/// its span lookup (<c>GetAlternateLookup</c>). Neither allocates on lookup. Not a <c>FrozenDictionary</c>: creating
/// one cost about 17 ms of a fresh process's first lookup (docs/benchmarks.md, first-access budget of 10 ms), and its
/// lookups are no faster here (lookup budget: within 1.25x of it).
/// </summary>
internal sealed class CatalogTable<T>
    where T : CatalogEntry
{
#if NET
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _byName;
#else
    private readonly Dictionary<string, T> _byName;
#endif

    public CatalogTable(T[] items)
    {
        All = Lists.ReadOnly(items);
        Dictionary<string, T> byName = ByName(items);
#if NET
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _byName = byName;
#endif
    }

    public IReadOnlyList<T> All { get; }

    public bool TryFind(string? name, [NotNullWhen(true)] out T? item)
    {
        if (name is null)
        {
            item = null;
            return false;
        }

#if NET
        return _byName.TryGetValue(name.AsSpan(), out item);
#else
        return _byName.TryGetValue(name, out item);
#endif
    }

#if NET
    public bool TryFind(ReadOnlySpan<char> name, [NotNullWhen(true)] out T? item) => _byName.TryGetValue(name, out item);
#endif

    private static Dictionary<string, T> ByName(T[] items)
    {
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (T item in items)
        {
            Add(byName, item.Slug, item);
            Add(byName, item.Name, item);
            foreach (string alias in item.Aliases)
            {
                Add(byName, alias, item);
            }
        }

        return byName;
    }

    private static void Add(Dictionary<string, T> byName, string name, T item)
    {
        if (!byName.ContainsKey(name))
        {
            byName.Add(name, item);
        }
    }
}
