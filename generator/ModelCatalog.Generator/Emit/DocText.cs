using System.Text;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// Makes table text safe inside a <c>///</c> comment: XML special characters escaped, and every character C#
/// reads as a line end turned into a space, so that no value can end the comment and become code.
/// </summary>
internal static class DocText
{
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text; // most names and facts: no copy
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
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
                    if (builder.Length == 0 || builder[builder.Length - 1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (char c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
