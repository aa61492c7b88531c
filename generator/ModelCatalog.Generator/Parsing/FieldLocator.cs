using System.Collections.Generic;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Parsing;

/// <summary>
/// Finds where each field of a record starts and ends in the text, so that a diagnostic can point at its cell.
/// CsvHelper reports the line a record starts on but not the columns of its fields; this walks the record's
/// characters with the same RFC 4180 quoting rules.
/// </summary>
internal static class FieldLocator
{
    private static readonly char[] Stops = { '"', ',', '\r', '\n' };

    /// <summary>Fills <paramref name="fields"/> (cleared first: one list serves every record of a file).</summary>
    public static void Locate(string text, int recordStart, List<(int Start, int Length)> fields)
    {
        fields.Clear();
        int i = recordStart;
        while (true)
        {
            int start = i;
            // Spaces before a field are trimmed by the reader: point at the value itself.
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            int valueStart = i;
            // Jumps to the next character that matters (vectorized searches), not character by character.
            bool inQuotes = false;
            while (i < text.Length)
            {
                if (inQuotes)
                {
                    int quote = text.IndexOf('"', i);
                    if (quote < 0)
                    {
                        i = text.Length;
                    }
                    else if (quote + 1 < text.Length && text[quote + 1] == '"')
                    {
                        i = quote + 2; // a doubled quote inside the quotes
                    }
                    else
                    {
                        inQuotes = false;
                        i = quote + 1;
                    }

                    continue;
                }

                int stop = text.IndexOfAny(Stops, i);
                if (stop < 0)
                {
                    i = text.Length;
                }
                else if (text[stop] == '"')
                {
                    inQuotes = true;
                    i = stop + 1;
                }
                else
                {
                    i = stop;
                    break;
                }
            }

            int end = i;
            while (end > valueStart && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }

            fields.Add(valueStart < end || start == i ? (valueStart, end - valueStart) : (start, 0));
            if (i >= text.Length || text[i] != ',')
            {
                return;
            }

            i++;
        }
    }
}
