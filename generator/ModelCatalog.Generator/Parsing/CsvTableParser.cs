using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System;
using CsvHelper;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Parsing;

/// <summary>
/// Parse stage: one table file to rows with positions, or diagnostics. Knows CSV and the table's columns, nothing
/// about the values' meaning. Never throws for any input: malformed records are reported and skipped, and the
/// rest of the file is still read.
/// </summary>
public static class CsvTableParser
{
    public static ParsedTable Parse(TableKind kind, string path, string text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var rows = new List<RawRow>();
        int bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lines = new LineMap(path, text);

        // A quote that is never closed swallows the rest of the file. Only that record is lost: it is reported,
        // and reading starts again on the line after it (records before it were read whole, line breaks in
        // their quoted cells included).
        HeaderMap? header = null;
        bool headerBroken = false;
        int startLine = 0;
        while (true)
        {
            int unterminated = TryRead(kind, text, bom, lines, startLine, ref header, ref headerBroken, rows, diagnostics, cancellationToken);
            if (unterminated < 0)
            {
                break;
            }

            if (header is null)
            {
                diagnostics.Add(MalformedHeader(CsvMalformedReason.UnterminatedQuote, lines.Span(lines.LineStart(unterminated) + (unterminated == 0 ? bom : 0), 0), unterminated));
                headerBroken = true;
                break;
            }

            diagnostics.Add(MalformedRecord(CsvMalformedReason.UnterminatedQuote, lines.Span(lines.LineStart(unterminated), 0), unterminated));
            startLine = unterminated + 1;
            if (startLine >= lines.LineCount)
            {
                break;
            }
        }

        if (header is null && !headerBroken)
        {
            diagnostics.Add(Rules.EmptyTable.At(
                lines.Span(0, 0),
                $"the {TableFiles.FileName(kind)} table is empty: expected a header row naming the columns {string.Join(", ", TableSchema.For(kind).Columns)}"));
        }

        diagnostics.Sort(DiagnosticOrder.Compare);
        return new ParsedTable(kind, path, rows.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <returns>The 0-based line of a record whose quote is never closed (read stopped there), or -1.</returns>
    private static int TryRead(
        TableKind kind,
        string text,
        int bom,
        LineMap lines,
        int startLine,
        ref HeaderMap? header,
        ref bool headerBroken,
        List<RawRow> rows,
        List<CatalogDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record =>
            {
                if (!malformed.ContainsKey(record.LineNumber))
                {
                    malformed[record.LineNumber] = record.Reason;
                }
            },
        };

        var positions = new List<(int Start, int Length)>();
        string[] values = Array.Empty<string>();
        string body = startLine == 0 ? (bom == 1 ? text.Substring(1) : text) : text.Substring(lines.LineStart(startLine));
        using CsvReader reader = CsvReader.FromText(body, options);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int line = (int)reader.LineNumber - 1 + startLine;
            int recordStart = lines.LineStart(line) + (line == 0 ? bom : 0);
            if (malformed.TryGetValue(reader.LineNumber, out CsvMalformedReason reason))
            {
                if (reason == CsvMalformedReason.UnterminatedQuote)
                {
                    return line;
                }

                if (header is null)
                {
                    // Without its header no row of the table can be read: do not take the next row for it.
                    diagnostics.Add(MalformedHeader(reason, lines.Span(recordStart, 0), line));
                    headerBroken = true;
                    return -1;
                }

                diagnostics.Add(MalformedRecord(reason, lines.Span(recordStart, 0), line));
                continue;
            }

            FieldLocator.Locate(text, recordStart, positions);
            // One array serves the records of a file: the row copies its values out of it.
            if (values.Length != reader.FieldCount)
            {
                values = new string[reader.FieldCount];
            }

            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetString(i);
            }

            if (header is null)
            {
                header = HeaderMap.Read(kind, values, positions, lines, recordStart, diagnostics);
                continue;
            }

            if (Array.TrueForAll(values, v => v.Length == 0))
            {
                continue; // a line of nothing but separators is as empty as a blank line
            }

            if (values.Length != header.Count)
            {
                diagnostics.Add(Rules.FieldCount.At(
                    lines.Span(recordStart, 0),
                    $"line {line + 1} has {values.Length} cells but the header has {header.Count}; the row is skipped"));
                continue;
            }

            rows.Add(header.ToRow(text, line, values, positions, lines, recordStart));
        }

        foreach (KeyValuePair<long, CsvMalformedReason> entry in malformed)
        {
            // A quote left open at the end of the file may end the reading without its record being returned.
            if (entry.Value == CsvMalformedReason.UnterminatedQuote)
            {
                return (int)entry.Key - 1 + startLine;
            }
        }

        return -1;
    }

    private static CatalogDiagnostic MalformedHeader(CsvMalformedReason reason, SourceSpan span, int line)
    {
        CatalogDiagnostic row = MalformedRecord(reason, span, line);
        return row with { Message = row.Message.Replace("; the row is skipped", "; without its header row the table cannot be read") };
    }

    private static CatalogDiagnostic MalformedRecord(CsvMalformedReason reason, SourceSpan span, int line) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => Rules.UnterminatedQuote.At(
            span, $"line {line + 1} has a quoted cell that is never closed; the row is skipped"),
        CsvMalformedReason.StrayQuote => Rules.MalformedQuote.At(
            span, $"line {line + 1} has a quote inside an unquoted cell (quote the whole cell and double the inner quote); the row is skipped"),
        CsvMalformedReason.TextAfterClosingQuote => Rules.MalformedQuote.At(
            span, $"line {line + 1} has text after the closing quote of a cell; the row is skipped"),
        _ => Rules.MalformedQuote.At(span, $"line {line + 1} is malformed ({reason}); the row is skipped"),
    };
}
