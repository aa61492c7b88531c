using System;
using System.Buffers;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// Where the emitters' working arrays come from: the shared pool up to 4M characters (8 MB: the whole output of a
/// catalog of a few thousand models), so that they are reused from one run to the next instead of allocated on the
/// large object heap each time; larger ones are allocated at their size, since the pool would round them up to
/// the next power of two and keep that much memory in the compiler's process.
/// </summary>
internal static class CharArrays
{
    private const int PoolLimit = 1 << 22;

    public static char[] Rent(int length) =>
        length <= PoolLimit ? ArrayPool<char>.Shared.Rent(length) : new char[length];

    /// <summary>Gives a pooled array back (a larger one is left to the garbage collector).</summary>
    public static void Return(char[] array)
    {
        if (array.Length > 0 && array.Length <= PoolLimit)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }

    /// <summary>A larger array holding the first <paramref name="length"/> characters of <paramref name="array"/>.</summary>
    public static char[] Grow(char[] array, int length, int needed)
    {
        long wanted = Math.Max((long)array.Length * 2, (long)length + needed);
        char[] larger = Rent((int)Math.Min(wanted, int.MaxValue - 64));
        Array.Copy(array, larger, length);
        Return(array);
        return larger;
    }
}
