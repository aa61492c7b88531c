using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// Makes table text safe inside a <c>///</c> comment: XML special characters escaped, and every character C#
/// reads as a line end turned into a space, so that no value can end the comment and become code.
/// </summary>
internal static class DocText
{
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text, visible: false))
        {
            return text; // most names and facts: no copy
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped: the emitters write straight into their output.</summary>
    public static void Append(System.Text.StringBuilder builder, string text) => Append(builder, text, visible: false, builder.Length);

    /// <summary>
    /// Appends template text escaped, with its line breaks, tabs and backslashes shown as the tables write them
    /// (<c>\n</c>, <c>\t</c>, <c>\\</c>), so that a format fits on one doc line.
    /// </summary>
    /// <param name="start">Where the text this one is part of starts (the first of a list of stop words).</param>
    public static void AppendVisible(System.Text.StringBuilder builder, string text, int start) => Append(builder, text, visible: true, start);

    /// <param name="start">Where the escaped text starts: a line break collapses against what it wrote since.</param>
    private static void Append(System.Text.StringBuilder builder, string text, bool visible, int start)
    {
        if (!NeedsEscaping(text, visible))
        {
            builder.Append(text);
            return;
        }

        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' when visible: builder.Append("\\\\"); break;
                case '\n' when visible: builder.Append("\\n"); break;
                case '\t' when visible: builder.Append("\\t"); break;
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\r':
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    // One space per line break, whether the file ends its lines with LF or CRLF.
                    if (builder.Length == start || builder[builder.Length - 1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
    }

    private static bool NeedsEscaping(string text, bool visible)
    {
        foreach (char c in text)
        {
            if (c is >= ' ' and < '\u007F' and not ('&' or '<' or '>' or '"' or '\\'))
            {
                continue; // printable ASCII that XML and C# comments take as it is
            }

            if (c is '&' or '<' or '>' or '"' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) || (visible && c == '\\'))
            {
                return true;
            }
        }

        return false;
    }
}
