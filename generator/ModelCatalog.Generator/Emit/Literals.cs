using System.Globalization;
using System.Text;

namespace ModelCatalog.Generator.Emit;

/// <summary>C# literals for data values.</summary>
internal static class Literals
{
    /// <summary>
    /// A string literal in printable ASCII only: every other character, and the quote and backslash, as a
    /// <c>\uXXXX</c> escape. Nothing from the tables can then end the literal, and the encoded records' number
    /// digits never show up in an editor as invisible or bidirectional characters.
    /// </summary>
    public static string AsciiString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
