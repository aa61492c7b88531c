using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ModelCatalog.Cli.Export;

/// <summary>How one value becomes a cell of the tables, following data/README.md's format rules.</summary>
internal static class CsvCells
{
    /// <summary>RFC 4180 quoting. Leading or trailing spaces are quoted too: the parser trims unquoted cells.</summary>
    public static string Quote(string value)
    {
        bool needsQuotes = value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>A <c>;</c>-separated list cell.</summary>
    public static string List(IEnumerable<string> items) => string.Join(";", items);

    /// <summary>The templates' text escapes, so that a row stays on one line: <c>\\</c>, <c>\n</c>, <c>\t</c>.</summary>
    public static string TemplateText(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\t' => @"\t",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A count as people write it where that is exact (<c>15T</c>, <c>46.7B</c>, <c>560M</c>), else the plain integer
    /// (<c>124439808</c>). Both read back to the same number.
    /// </summary>
    public static string Count(long value)
    {
        foreach ((long unit, string suffix) in new[] { (1_000_000_000_000L, "T"), (1_000_000_000L, "B"), (1_000_000L, "M"), (1_000L, "K") })
        {
            // Up to three decimals (46.7B), but thousands only whole: 124439.808K is no help to a reader.
            long step = unit == 1_000L ? unit : unit / 1000;
            if (value >= unit && value % step == 0)
            {
                return ((decimal)value / unit).ToString("0.###", CultureInfo.InvariantCulture) + suffix;
            }
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote));
}
