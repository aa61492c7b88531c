using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Parsing;

/// <summary>The header row of a table: which known column each position holds, checked against the schema.</summary>
internal sealed class HeaderMap
{
    private readonly string?[] _columns;

    private readonly int _known;

    private HeaderMap(string?[] columns)
    {
        _columns = columns;
        _known = System.Array.FindAll(columns, c => c is not null).Length;
    }

    public int Count => _columns.Length;

    public static HeaderMap Read(
        TableKind kind,
        string[] names,
        List<(int Start, int Length)> positions,
        LineMap lines,
        int recordStart,
        List<CatalogDiagnostic> diagnostics)
    {
        TableSchema schema = TableSchema.For(kind);
        string file = TableFiles.FileName(kind);
        var columns = new string?[names.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i].Trim().ToLowerInvariant();
            SourceSpan span = CellSpan(positions, i, lines, recordStart);
            if (!schema.IsKnown(name))
            {
                diagnostics.Add(Rules.UnknownColumn.At(
                    span,
                    $"column '{names[i]}' is not a column of {file} and is ignored; known columns: {string.Join(", ", schema.Columns)}"));
            }
            else if (!seen.Add(name))
            {
                diagnostics.Add(Rules.DuplicateColumn.At(
                    span, $"column '{name}' appears twice in the header of {file}; the second one is ignored"));
            }
            else
            {
                columns[i] = name;
            }
        }

        foreach (string required in schema.Required)
        {
            if (!seen.Contains(required))
            {
                diagnostics.Add(Rules.MissingColumn.At(
                    lines.Span(recordStart, 0),
                    $"the header of {file} has no '{required}' column, which is required"));
            }
        }

        return new HeaderMap(columns);
    }

    public RawRow ToRow(string text, int line, string[] values, List<(int Start, int Length)> positions, LineMap lines, int recordStart)
    {
        // Built in place at its final size: no list to copy from.
        var cells = ImmutableArray.CreateBuilder<Cell>(_known);
        for (int i = 0; i < values.Length; i++)
        {
            if (_columns[i] is string column)
            {
                SourceSpan span = CellSpan(positions, i, lines, recordStart, line);
                int valueOffset = span.Length > 0 && text[span.Start] == '"' ? 1 : 0;
                cells.Add(new Cell(column, values[i], span, valueOffset, valueOffset == 1 && MovesCharacters(text, span) ? text.Substring(span.Start, span.Length) : null));
            }
        }

        return new RawRow(line, lines.Span(recordStart, 0, line), new EquatableArray<Cell>(cells.Count == cells.Capacity ? cells.MoveToImmutable() : cells.ToImmutable()));
    }

    /// <summary>Whether a quoted cell's text holds a doubled quote or a line break (only then is it kept).</summary>
    private static bool MovesCharacters(string text, SourceSpan span) =>
        span.Length > 2 && text.IndexOfAny(QuotedSpecials, span.Start + 1, span.Length - 2) >= 0;

    private static readonly char[] QuotedSpecials = { '"', '\r', '\n' };

    private static SourceSpan CellSpan(List<(int Start, int Length)> positions, int index, LineMap lines, int recordStart, int line = -1) =>
        index < positions.Count
            ? lines.Span(positions[index].Start, positions[index].Length, line)
            : lines.Span(recordStart, 0, line);
}
