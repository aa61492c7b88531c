#if NET
using System;

namespace ModelCatalog.Lookup;

/// <summary>
/// The index a table settles on where the processor has AES instructions: slots placed with <see cref="NameHash.Of"/>,
/// which hashes most names with vectors (<see cref="VectorNameHash"/>), and hits confirmed with vectors too. Lookups
/// are about a quarter faster than in the first index, but a fresh process pays 2–4 ms to load the vector types on
/// their first use, so a table builds this one only once it is in steady use (CatalogTable).
/// </summary>
internal sealed class VectorNameIndex : NameIndex
{
    private VectorNameIndex(CatalogEntry[] items)
        : base(items, vectorHash: true)
    {
    }

    public static NameIndex Build(CatalogEntry[] items) => new VectorNameIndex(items);

    /// <summary>The base class's probe with the vector hash and comparison (why it is not shared: see there).</summary>
    public override bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        uint hash = NameHash.Of(key);
        Slot[] slots = _slots;
        for (int i = (int)(hash >> _shift); ; i = (i + 1) & _mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Key is null)
            {
                value = -1;
                return false;
            }

            if (slot.Hash == hash && slot.HoldsWithVectors(key))
            {
                value = slot.Value;
                return true;
            }
        }
    }
}
#endif
