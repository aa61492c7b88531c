using System;
#if NET
using System.Runtime.CompilerServices;
#endif

namespace ModelCatalog.Lookup;

/// <summary>
/// A case-insensitive map from names to positions, built once. Lookups allocate nothing. The hash is
/// <see cref="NameHash"/>, consistent with the <see cref="StringComparison.OrdinalIgnoreCase"/> equality used (on
/// .NET, its word-by-word form until the index is <c>Final</c>); each slot keeps its key's hash, to skip most
/// comparisons, and on .NET its <c>FoldedName</c>, to compare four characters at a time. The table, at most
/// half full, is probed linearly from the slot the hash's high bits pick.
/// </summary>
internal sealed class NameIndex
{
#if NET
    /// <summary>
    /// Whether this is the index lookups settle on. Where the processor has AES instructions, that index places its
    /// slots with <see cref="NameHash.Of"/>, which hashes most names with vectors (<see cref="VectorNameHash"/>), and
    /// confirms hits with vectors too: lookups are about a quarter faster than with <see cref="NameHash.OfWords"/>.
    /// But a fresh process pays 2–4 ms to load the vector types on their first use, so a table starts with a
    /// word-hashed index and builds the final one once it is in steady use (CatalogTable). Without AES instructions
    /// the first index is final. A field: see <see cref="For"/>.
    /// </summary>
    public readonly bool Final;

    /// <summary>Whether the slots were placed with the vector hash, and hits are confirmed with vectors too.</summary>
    private readonly bool _vectors;
#endif

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    private NameIndex(int count, bool final)
    {
#if NET
        Final = final || !VectorNameHash.IsSupported;
        _vectors = final && VectorNameHash.IsSupported;
#endif
        int capacity = 4, bits = 2;
        while (capacity < count * 2)
        {
            capacity *= 2;
            bits++;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _shift = 32 - bits;
    }

    /// <summary>Builds the index of a table from each entry's slug, name and aliases; the first owner of a name keeps it.</summary>
    /// <remarks>Not generic, over arrays and fields: it runs once per table in a fresh process, where every generic
    /// instantiation, enumerator and property is a method to JIT compile (docs/benchmarks.md).</remarks>
    /// <param name="items">The table's entries, in id order.</param>
    /// <param name="final">On .NET, place the slots with the hash lookups settle on (<c>Final</c>); netstandard2.0 has one hash.</param>
    public static NameIndex For(CatalogEntry[] items, bool final = false)
    {
        int count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            count += 2 + items[i].AliasTexts.Length;
        }

        var index = new NameIndex(count, final);
        for (int i = 0; i < items.Length; i++)
        {
            CatalogEntry item = items[i];
            index.Add(item.SlugText, i);
            index.Add(item.NameText, i);
            foreach (string alias in item.AliasTexts)
            {
                index.Add(alias, i);
            }
        }

        return index;
    }

#if NET
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        // Until the index is final, NameHash.Of is not even compiled at tier 0: no vector types load.
        uint hash = _vectors ? NameHash.Of(key) : NameHash.OfWords(key);

        Slot[] slots = _slots;
        for (int i = (int)(hash >> _shift); ; i = (i + 1) & _mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Key is null)
            {
                value = -1;
                return false;
            }

            if (slot.Hash == hash && (_vectors ? slot.HoldsWithVectors(key) : slot.Holds(key)))
            {
                value = slot.Value;
                return true;
            }
        }
    }
#else
    public bool TryGetValue(string key, out int value)
    {
        uint hash = NameHash.Of(key);
        Slot[] slots = _slots;
        for (int i = (int)(hash >> _shift); slots[i].Key is not null; i = (i + 1) & _mask)
        {
            if (slots[i].Hash == hash && slots[i].Holds(key))
            {
                value = slots[i].Value;
                return true;
            }
        }

        value = -1;
        return false;
    }
#endif

    private void Add(string key, int value)
    {
#if NET
        uint hash = _vectors ? NameHash.Of(key.AsSpan()) : NameHash.OfWords(key.AsSpan());
#else
        uint hash = NameHash.Of(key);
#endif
        int i = (int)(hash >> _shift);
        for (; _slots[i].Key is not null; i = (i + 1) & _mask)
        {
            if (_slots[i].Hash == hash && _slots[i].Holds(key))
            {
                return;
            }
        }

        _slots[i] = new Slot(key, hash, value);
    }

    /// <summary>One entry, kept together so that a probe reads one place. Fields, not properties: see <see cref="For"/>.</summary>
    private readonly struct Slot
    {
        public readonly string? Key;
        public readonly uint Hash;
        public readonly int Value;
#if NET
        /// <summary>The key prepared for <c>FoldedName.Matches</c>; <see langword="null"/> when it is not all ASCII.</summary>
        public readonly string? Folded;
#endif

        public Slot(string key, uint hash, int value)
        {
            Key = key;
            Hash = hash;
            Value = value;
#if NET
            Folded = FoldedName.Of(key);
#endif
        }

#if NET
        /// <summary>
        /// Whether this slot's key equals <paramref name="key"/> ignoring case. ASCII keys are compared here; only a key
        /// outside ASCII goes to the runtime, whose comparison loads its vector types on first use (about 0.5 ms of a
        /// fresh process's first access, measured with the runtime's type-load events).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Holds(ReadOnlySpan<char> key) =>
            Folded is string folded ? FoldedName.Matches(key, folded) : key.Equals(Key, StringComparison.OrdinalIgnoreCase);

        /// <summary><see cref="Holds"/> for the final index, comparing with vectors (<c>FoldedName.MatchesWithVectors</c>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool HoldsWithVectors(ReadOnlySpan<char> key) =>
            Folded is string folded ? FoldedName.MatchesWithVectors(key, folded) : key.Equals(Key, StringComparison.OrdinalIgnoreCase);
#else
        public bool Holds(string key) => string.Equals(Key, key, StringComparison.OrdinalIgnoreCase);
#endif
    }
}
