using System;
#if NET
using System.Runtime.CompilerServices;
#endif

namespace ModelCatalog.Lookup;

/// <summary>
/// A case-insensitive map from names to positions, built once. Lookups allocate nothing. The hash is
/// <see cref="NameHash"/> (on .NET its word-by-word form, <c>NameHash.OfWords</c>), consistent with the
/// <see cref="StringComparison.OrdinalIgnoreCase"/> equality used; each slot keeps its key's hash, to skip most
/// comparisons, and on .NET its <c>FoldedName</c>, to compare four characters at a time. The table, at most
/// half full, is probed linearly from the slot the hash's high bits pick. On .NET a table in steady use moves to a
/// <c>VectorNameIndex</c>, the same with vectors.
/// </summary>
internal class NameIndex
{
#if NET
    /// <summary>
    /// Whether this is the index lookups settle on: a <c>VectorNameIndex</c>, or any index where the processor has no
    /// AES instructions (the vector hash is then the word hash). A field: see the constructor.
    /// </summary>
    public readonly bool Final;
#endif

    private protected readonly Slot[] _slots;
    private protected readonly int _mask;
    private protected readonly int _shift;
#if NET
    private readonly bool _vectorHash;
#endif

    /// <summary>Builds the index of a table from each entry's slug, name and aliases; the first owner of a name keeps it.</summary>
    /// <remarks>Not generic, over arrays and fields, one method: it runs once per table in a fresh process, where every
    /// generic instantiation, enumerator, property and method is a method to JIT compile (docs/benchmarks.md).</remarks>
    private protected NameIndex(CatalogEntry[] items, bool vectorHash)
    {
#if NET
        _vectorHash = vectorHash;
        Final = vectorHash || !VectorNameHash.IsSupported;
#endif
        int count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            count += 2 + items[i].AliasTexts.Length;
        }

        int capacity = 4, bits = 2;
        while (capacity < count * 2)
        {
            capacity *= 2;
            bits++;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _shift = 32 - bits;
        for (int i = 0; i < items.Length; i++)
        {
            CatalogEntry item = items[i];
            Add(item.SlugText, i);
            Add(item.NameText, i);
            foreach (string alias in item.AliasTexts)
            {
                Add(alias, i);
            }
        }
    }

    /// <summary>The first index of a table.</summary>
    public static NameIndex For(CatalogEntry[] items) => new(items, vectorHash: false);

#if NET
    /// <summary>
    /// Virtual, and its probe loop written out again in <c>VectorNameIndex</c> rather than shared, so that no method a
    /// fresh process runs names a vector type: a ReadyToRun image loads every type a method names, inlined callees'
    /// included, when the method first runs, and a shared method would be compiled at tier 1 with both comparisons.
    /// The vector types cost 2–4 ms (measured: the first lookup went from 0.02 to 2.7 ms when the vector path sat
    /// behind a flag). At tier 1 the JIT can inline the override through guarded devirtualization; in an A/B loop
    /// the virtual call and the flag were within 0.1 ns of each other.
    /// </summary>
    public virtual bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        uint hash = NameHash.OfWords(key);
        Slot[] slots = _slots;
        for (int i = (int)(hash >> _shift); ; i = (i + 1) & _mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Key is null)
            {
                value = -1;
                return false;
            }

            if (slot.Hash == hash && slot.Holds(key))
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
        uint hash = _vectorHash ? VectorHash(key) : NameHash.OfWords(key.AsSpan());
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

#if NET
    /// <summary>
    /// The vector hash, out of line: inlined into <see cref="Add"/>, its vector code would make a ReadyToRun image load
    /// the vector types when the first index is built (measured: that step went from 0.6 to 3.1 ms).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint VectorHash(string key) => NameHash.Of(key.AsSpan());
#endif

    /// <summary>One entry, kept together so that a probe reads one place. Fields, not properties: see the constructor.</summary>
    private protected readonly struct Slot
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
