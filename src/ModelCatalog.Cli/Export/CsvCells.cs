using System.Collections.Generic;
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

    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote));
}
