#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ModelCatalog.Lookup;

/// <summary>
/// An ASCII name prepared for case-insensitive comparison four characters at a time: the name in lower case,
/// followed by a mask holding 0x20 wherever the name has a letter. An input matches when, word by word,
/// <c>(input ^ lower) &amp; ~mask</c> is zero: every character is the same or differs only in the case bit of a letter.
/// </summary>
/// <remarks>
/// That is exactly <see cref="StringComparison.OrdinalIgnoreCase"/> equality with an ASCII name, since no character
/// outside ASCII equals an ASCII one under it (NameHashTests checks all of them); such an input differs in a bit
/// the mask does not allow and simply does not match.
/// </remarks>
internal static class FoldedName
{
    /// <summary>The prepared form, or <see langword="null"/> for a name with characters outside ASCII.</summary>
    public static string? Of(string name)
    {
        foreach (char c in name)
        {
            if (c >= 0x80)
            {
                return null;
            }
        }

        var folded = new char[name.Length * 2];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool letter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            folded[i] = letter ? (char)(c | 0x20) : c;
            folded[name.Length + i] = letter ? (char)0x20 : (char)0;
        }

        return new string(folded);
    }

    /// <summary>Whether <paramref name="input"/> equals the name ignoring case; <paramref name="folded"/> comes from <see cref="Of"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the lookup, like the hash
    public static bool Matches(ReadOnlySpan<char> input, string folded)
    {
        int length = input.Length;
        if (length * 2 != folded.Length)
        {
            return false;
        }

        ref char text = ref MemoryMarshal.GetReference(input);
        ref char lower = ref MemoryMarshal.GetReference(folded.AsSpan());
        if (length >= 4)
        {
            // Moving references, as in NameHash: fewer live values in the inlined lookup. The last word overlaps the
            // one before when the length is not a multiple of four, so it is reached by stepping back.
            ref char mask = ref Unsafe.Add(ref lower, length);
            int left = length - 4;
            for (; left > 0; left -= 4)
            {
                if (!WordMatches(ref text, ref lower, ref mask))
                {
                    return false;
                }

                text = ref Unsafe.Add(ref text, 4);
                lower = ref Unsafe.Add(ref lower, 4);
                mask = ref Unsafe.Add(ref mask, 4);
            }

            return WordMatches(ref Unsafe.Add(ref text, left), ref Unsafe.Add(ref lower, left), ref Unsafe.Add(ref mask, left));
        }

        for (int i = 0; i < length; i++)
        {
            if (((Unsafe.Add(ref text, i) ^ Unsafe.Add(ref lower, i)) & ~Unsafe.Add(ref lower, length + i)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="Matches"/>, 8 characters at a time for names of 8 to 32: two to four vectors, the last overlapping
    /// the one before. For <c>VectorNameIndex</c> only, whose lookups have loaded the vector types anyway.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MatchesWithVectors(ReadOnlySpan<char> input, string folded)
    {
        int length = input.Length;
        if ((uint)(length - 8) > 32 - 8 || length * 2 != folded.Length)
        {
            return Matches(input, folded);
        }

        ref ushort text = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(input));
        ref ushort lower = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(folded.AsSpan()));
        nuint count = (nuint)length;
        Vector128<ushort> difference = Difference(ref text, ref lower, count, 0) | Difference(ref text, ref lower, count, count - 8);
        if (length > 16)
        {
            difference |= Difference(ref text, ref lower, count, 8) | Difference(ref text, ref lower, count, count - 16);
        }

        return difference == Vector128<ushort>.Zero;
    }

    /// <summary>The bits in which 8 characters of the input differ from the name's beyond the case of letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Difference(ref ushort input, ref ushort lower, nuint length, nuint at) =>
        (Vector128.LoadUnsafe(ref input, at) ^ Vector128.LoadUnsafe(ref lower, at)) & ~Vector128.LoadUnsafe(ref lower, length + at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WordMatches(ref char text, ref char lower, ref char mask) =>
        ((Read(ref text) ^ Read(ref lower)) & ~Read(ref mask)) == 0;

    private static ulong Read(ref char at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));
}
#endif
