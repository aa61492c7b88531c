#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using X86Aes = System.Runtime.Intrinsics.X86.Aes;

namespace ModelCatalog.Lookup;

/// <summary>
/// The hash of <see cref="NameHash"/> for ASCII names of 4 to 32 characters where the processor has AES instructions
/// (x86-64; others use the word-by-word hash). The name is read as one to four 16-byte vectors, overlapping as
/// needed, without a loop; case is folded with one OR; AES rounds, one instruction each, mix the vectors.
/// </summary>
/// <remarks>
/// Consistent with <see cref="StringComparison.OrdinalIgnoreCase"/> for the reasons <see cref="NameHash"/> gives:
/// equal names have the same length, hence the same vectors at the same places, and ASCII characters at the same
/// positions equal up to the 0x20 bit, which the OR sets. Whether a name is all ASCII is the same for equal names
/// (no character outside ASCII equals an ASCII one), so equal names also take the same path. Every vector goes
/// through at least two AES rounds (three rounds in all up to 16 characters, four beyond), which spreads each of its
/// bytes over the 32 bits returned; NameHashTests checks the spread on families of 100,000 similar names.
/// </remarks>
internal static class VectorNameHash
{
    public const int MinLength = 4;
    public const int MaxLength = 32;

    public static bool IsSupported => X86Aes.IsSupported;

    /// <summary>The hash of an ASCII name of <see cref="MinLength"/> to <see cref="MaxLength"/> characters; false otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the lookup, like NameHash.Of
    public static bool TryHash(ReadOnlySpan<char> name, out uint hash)
    {
        int length = name.Length;
        if (!IsSupported || (uint)(length - MinLength) > MaxLength - MinLength)
        {
            hash = 0;
            return false;
        }

        // head and tail: the first and last 8 characters (for fewer than 8, the first and last 4, twice over);
        // beyond 16 characters, middle and rest add characters 8 to 15 and the 8 before the tail.
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name));
        Vector128<ushort> head, tail, middle = default, rest = default;
        if (length < 8)
        {
            head = Vector128.Create(ReadWord(ref start), ReadWord(ref Unsafe.Add(ref start, length - 4))).AsUInt16();
            tail = head;
        }
        else
        {
            head = Vector128.LoadUnsafe(ref start);
            tail = Vector128.LoadUnsafe(ref start, (nuint)(length - 8));
            if (length > 16)
            {
                middle = Vector128.LoadUnsafe(ref start, 8);
                rest = Vector128.LoadUnsafe(ref start, (nuint)(length - 16));
            }
        }

        if (((head | tail | middle | rest) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            hash = 0;
            return false;
        }

        // Aes.Encrypt(state, key) is one AES round of the state, then an exclusive or with the key. The length
        // goes in with the first vector, so that names whose vectors overlap differently stay apart; two rounds
        // with constant keys at the end spread the last vector XORed in over every byte.
        Vector128<ushort> fold = Vector128.Create((ushort)0x20);
        Vector128<byte> state = X86Aes.Encrypt((head | fold).AsByte() ^ Vector128.Create((byte)length), (tail | fold).AsByte());
        if (length > 16)
        {
            state = X86Aes.Encrypt(state ^ (middle | fold).AsByte(), (rest | fold).AsByte());
        }

        state = X86Aes.Encrypt(state, Vector128.Create(0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F).AsByte());
        state = X86Aes.Encrypt(state, Vector128.Create(0x165667B19E3779F9, 0x85EBCA77C2B2AE63).AsByte());
        hash = state.AsUInt32().ToScalar();
        return true;
    }

    private static ulong ReadWord(ref ushort at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref at));
}
#endif
