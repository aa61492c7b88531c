namespace ModelCatalog.Generator.Emit;

/// <summary>C# literals for data values.</summary>
internal static class Literals
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Appends a string literal in printable ASCII only: every other character as an escape, the quote and the
    /// backslash as <c>\"</c> and <c>\\</c>. Nothing from the tables can then end the literal, and the encoded
    /// records' number digits never show up in an editor as invisible or bidirectional characters (which
    /// <c>SymbolDisplay.FormatLiteral</c> leaves as they are). An escape is <c>\x</c> with as few hex digits as the
    /// value needs, or <c>\uXXXX</c> when a hex digit follows, which a short <c>\x</c> escape would swallow.
    /// </summary>
    public static void AppendAscii(System.Text.StringBuilder builder, string text)
    {
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (i + 1 < text.Length && IsHexDigit(text[i + 1]))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        builder.Append('"');
    }

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
