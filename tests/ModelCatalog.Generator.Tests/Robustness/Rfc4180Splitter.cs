namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>
/// The fuzz tests' own reading of a CSV file, deliberately simple and independent of the generator's parser (and
/// of CsvHelper): RFC 4180 records and cells with their raw positions, and where the file stops being strict RFC
/// 4180 (a quote inside an unquoted cell, text after a closing quote, a quote never closed). Line breaks are
/// CRLF, LF or a lone CR; a byte order mark is skipped.
/// </summary>
internal static class Rfc4180Splitter
{
    /// <summary>A cell: its raw text from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), quotes included.</summary>
    internal sealed record Cell(string Value, int Start, int End);

    /// <summary>A record: the 0-based lines it starts and ends on, and its cells.</summary>
    internal sealed record Record(int StartLine, int EndLine, int Start, IReadOnlyList<Cell> Cells)
    {
        /// <summary>Blank as the catalog format reads it: every cell empty once spaces and tabs are trimmed.</summary>
        public bool IsBlank => Cells.All(c => c.Value.Trim(' ', '\t').Length == 0);
    }

    /// <summary>The strict records, and the line of the first record that is not strict RFC 4180 (null: none).</summary>
    internal sealed record Result(IReadOnlyList<Record> Records, int? MalformedLine, IReadOnlyList<int> LineStarts)
    {
        /// <summary>The 0-based line and column of a character offset.</summary>
        public (int Line, int Column) Position(int offset)
        {
            int index = LineStarts.Count - 1;
            while (LineStarts[index] > offset)
            {
                index--;
            }

            return (index, offset - LineStarts[index]);
        }
    }

    public static Result Split(string text)
    {
        List<int> lineStarts = LineStarts(text);
        var records = new List<Record>();
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            int recordStart = i;
            int startLine = LineOf(lineStarts, i);
            var cells = new List<Cell>();
            while (true)
            {
                int cellStart = i;
                string? value = text.Length > i && text[i] == '"' ? ReadQuoted(text, ref i) : ReadUnquoted(text, ref i);
                if (value is null)
                {
                    return new Result(records, startLine, lineStarts);
                }

                cells.Add(new Cell(value, cellStart, i));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break; // a line break or the end of the text
            }

            records.Add(new Record(startLine, LineOf(lineStarts, i), recordStart, cells));
            if (i < text.Length && text[i] == '\r')
            {
                i++;
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                }
            }
            else if (i < text.Length && text[i] == '\n')
            {
                i++;
            }
        }

        return new Result(records, null, lineStarts);
    }

    /// <returns>The value without its quotes, or null when the quote is never closed or text follows it.</returns>
    private static string? ReadQuoted(string text, ref int i)
    {
        var value = new System.Text.StringBuilder();
        i++;
        while (true)
        {
            int quote = text.IndexOf('"', i);
            if (quote < 0)
            {
                return null;
            }

            value.Append(text, i, quote - i);
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                value.Append('"');
                i = quote + 2;
                continue;
            }

            i = quote + 1;
            return i == text.Length || text[i] is ',' or '\r' or '\n' ? value.ToString() : null;
        }
    }

    /// <returns>The value, or null when it holds a quote.</returns>
    private static string? ReadUnquoted(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
        {
            if (text[i] == '"')
            {
                return null;
            }

            i++;
        }

        return text.Substring(start, i - start);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        int line = lineStarts.Count - 1;
        while (lineStarts[line] > offset)
        {
            line--;
        }

        return line;
    }
}
