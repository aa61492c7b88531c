using System;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace ModelCatalog.Lookup;

/// <summary>
/// A hash of names that agrees with <see cref="StringComparison.OrdinalIgnoreCase"/> equality: names equal under it
/// always hash alike. It folds ASCII case with one OR and needs none of the runtime's casing tables (whose first use
/// costs a fresh process over a millisecond). On .NET, ASCII names of 4 to 32 characters are hashed a vector at a
/// time with AES instructions where the processor has them (<c>VectorNameHash</c>); the rest, and every name
/// elsewhere, four characters at a time as one 64-bit word (<c>OfWords</c>), so the common name costs two or three
/// multiplications. An index places and finds its keys with one of the two, so its lookups always agree with it.
/// </summary>
/// <remarks>
/// Why this is consistent with <see cref="StringComparison.OrdinalIgnoreCase"/>: equal names have equal lengths, and
/// no character outside ASCII equals an ASCII one under it (NameHashTests checks all 65,536), so equal names have
/// ASCII at the same positions, equal up to the 0x20 bit of letters. Outside ASCII, characters of scripts without
/// case (CJK, kana, Hangul) are hashed as they are; every other one counts as the same constant, which loses only
/// spread, never a match. Setting 0x20 on every ASCII character also merges a few non-letters ('@' and '`',
/// control characters and digits): more collisions in theory, never a missed name.
/// </remarks>
internal static class NameHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15; // 2^64 / golden ratio: spreads the words into the high bits
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020;
    private const ulong NonAsciiBits = 0xFF80_FF80_FF80_FF80;
    private const char OtherNonAscii = '\u0080';

    /// <summary>A 32-bit hash; its high bits are the best spread, so tables index by them.</summary>
#if NET
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the lookup: a call costs as much as a short name's hash
    public static uint Of(ReadOnlySpan<char> name) => VectorNameHash.TryHash(name, out uint hash) ? hash : OfWords(name);

    /// <summary>The hash word by word: names the vector hash does not take, and every name without AES instructions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint OfWords(ReadOnlySpan<char> name)
    {
        int length = name.Length;
        ulong hash = (ulong)length;
        if (length >= 4)
        {
            // A moving reference and the last word's, rather than an index: fewer live values, so that the loop,
            // inlined into a lookup, keeps them all in registers.
            ref char word = ref MemoryMarshal.GetReference(name);
            ref char last = ref Unsafe.Add(ref word, length - 4);
            while (Unsafe.IsAddressLessThan(ref word, ref last))
            {
                hash = Mix(hash, Word(ref word));
                word = ref Unsafe.Add(ref word, 4);
            }

            // The last word overlaps the one before when the length is not a multiple of four.
            hash = Mix(hash, Word(ref last));
        }
        else if (length > 0)
        {
            hash = Mix(hash, ShortWord(name[0], name[length >> 1], name[length - 1]));
        }

        return Finish(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref char at)
    {
        ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));

        // A word with a character outside ASCII is folded character by character. Its layout need not match the
        // fast path's: equal names have such characters at the same positions, so both take this path for it.
        return (word & NonAsciiBits) == 0
            ? word | LowerCaseBits
            : Compose(at, Unsafe.Add(ref at, 1), Unsafe.Add(ref at, 2), Unsafe.Add(ref at, 3));
    }
#else
    public static uint Of(string name)
    {
        int length = name.Length;
        ulong hash = (ulong)length;
        if (length >= 4)
        {
            for (int i = 0; i < length - 4; i += 4)
            {
                hash = Mix(hash, Word(name, i));
            }

            hash = Mix(hash, Word(name, length - 4));
        }
        else if (length > 0)
        {
            hash = Mix(hash, ShortWord(name[0], name[length >> 1], name[length - 1]));
        }

        return Finish(hash);
    }

    private static ulong Word(string name, int index) => Compose(name[index], name[index + 1], name[index + 2], name[index + 3]);
#endif

    /// <summary>
    /// Each word is multiplied on its own, so the multiplications of a name run in parallel; only a rotation and an
    /// exclusive or wait for the word before, and the rotation keeps the words' order in the hash.
    /// </summary>
    private static ulong Mix(ulong hash, ulong word) => ((hash << 23) | (hash >> 41)) ^ (word * Multiplier);

    /// <summary>Spreads every bit into the high 32, which tables use.</summary>
    private static uint Finish(ulong hash) => (uint)(((hash ^ (hash >> 29)) * Multiplier) >> 32);

    /// <summary>Names of one to three characters: the first, middle and last (some the same character).</summary>
    private static ulong ShortWord(char first, char middle, char last) =>
        Fold(first) | (ulong)Fold(middle) << 16 | (ulong)Fold(last) << 32;

    private static ulong Compose(char c0, char c1, char c2, char c3) =>
        Fold(c0) | (ulong)Fold(c1) << 16 | (ulong)Fold(c2) << 32 | (ulong)Fold(c3) << 48;

    /// <summary>The character as hashed: ASCII with its 0x20 bit set, caseless scripts as they are, the rest one constant.</summary>
    internal static char Fold(char c) =>
        c < 0x80 ? (char)(c | 0x20)
        : IsCaseless(c) ? c
        : OtherNonAscii;

    /// <summary>CJK symbols, kana, CJK ideographs (U+3000–U+9FFF) and Hangul syllables: no case mappings to or from them.</summary>
    internal static bool IsCaseless(char c) => (uint)(c - 0x3000) <= 0x9FFF - 0x3000 || (uint)(c - 0xAC00) <= 0xD7A3 - 0xAC00;
}
