using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// Characters that have no place in catalog text: controls (but tab and line breaks where text may span lines),
/// bidirectional overrides and isolates, zero-width characters, and lone surrogates. They would make names that
/// look alike but differ, or source that reads differently than it compiles.
/// </summary>
public static class TextSafety
{
    /// <returns>The index of the first forbidden character, or -1.</returns>
    public static int FindForbidden(string text, bool allowLineBreaks)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue; // printable ASCII, nearly all of every table: nothing to look up
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || IsForbidden(c, allowLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Describe(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsForbidden(char c, bool allowLineBreaks) =>
        c switch
        {
            '\t' => false,
            '\n' or '\r' => !allowLineBreaks,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            >= '\u200B' and <= '\u200F' => true, // zero-width and directional marks
            >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
            >= '\u2066' and <= '\u2069' => true, // bidi isolates
            '\u2028' or '\u2029' or '\u2060' or '\uFEFF' => true,
            _ => false,
        };
}
