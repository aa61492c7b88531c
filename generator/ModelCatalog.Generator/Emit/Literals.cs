using System.Runtime.CompilerServices;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>C# literals for data values.</summary>
internal static class Literals
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Appends a string literal in printable ASCII only: every other character as an escape, the quote and the
    /// backslash as <c>\"</c> and <c>\\</c>. Nothing from the tables can then end the literal, and the encoded
    /// records' number digits never show up in an editor as invisible or bidirectional characters. An escape is
    /// <c>\x</c> with as few hex digits as the value needs (most digits of the encoded records are small numbers),
    /// or <c>\uXXXX</c> when a hex digit follows, which a short <c>\x</c> escape would swallow.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static void AppendAscii(TextBuffer builder, char[] chars, int length)
    {
        builder.Append('"');
        int run = 0; // printable characters are copied in runs, not one by one
        for (int i = 0; i < length; i++)
        {
            char c = chars[i];
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                continue;
            }

            builder.Append(chars, run, i - run);
            run = i + 1;
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (i + 1 < length && IsHexDigit(chars[i + 1]))
            {
                builder.Append("\\u").Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 0xF]).Append(HexDigits[(c >> 4) & 0xF]).Append(HexDigits[c & 0xF]);
            }
            else
            {
                builder.Append("\\x");
                for (int shift = c > 0xFFF ? 12 : c > 0xFF ? 8 : c > 0xF ? 4 : 0; shift >= 0; shift -= 4)
                {
                    builder.Append(HexDigits[(c >> shift) & 0xF]);
                }
            }
        }

        builder.Append(chars, run, length - run);
        builder.Append('"');
    }

    /// <summary>The length of the literal <see cref="AppendAscii"/> writes, quotes included.</summary>
    [MethodImpl(Jit.Optimized)]
    public static long AsciiLength(char[] chars, int length)
    {
        long total = 2;
        for (int i = 0; i < length; i++)
        {
            char c = chars[i];
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                total++;
            }
            else if (c is '"' or '\\')
            {
                total += 2;
            }
            else if (i + 1 < length && IsHexDigit(chars[i + 1]))
            {
                total += 6;
            }
            else
            {
                total += c > 0xFFF ? 6 : c > 0xFF ? 5 : c > 0xF ? 4 : 3;
            }
        }

        return total;
    }

    /// <summary>Appends an integer in invariant digits, without the string <c>int.ToString</c> would allocate.</summary>
    public static void AppendInt(TextBuffer builder, int value)
    {
        if (value < 0)
        {
            builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        int divisor = 1;
        while (value / divisor >= 10)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            builder.Append((char)('0' + (value / divisor % 10)));
        }
    }

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
