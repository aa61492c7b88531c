using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Reads typed values out of one row's cells, reporting each bad value at its cell (or at the item inside a list
/// cell) with a message that names the column, the line, the value and what was expected. A bad value is left
/// out; the row itself goes on.
/// </summary>
internal sealed class CellReader
{
    private readonly List<CatalogDiagnostic> _diagnostics;
    private readonly SeenTexts _seen = new();
    private RawRow _row;

    public CellReader(RawRow row, List<CatalogDiagnostic> diagnostics)
    {
        _row = row;
        _diagnostics = diagnostics;
    }

    /// <summary>Moves on to the next row: one reader serves a whole table.</summary>
    public CellReader Load(RawRow row)
    {
        _row = row;
        return this;
    }

    public int Line => _row.Line + 1;

    public Cell Cell(string column) => _row.Get(column);

    public void Report(Rule rule, Cell cell, string problem) => Report(rule, cell.Column, cell.Span, problem);

    public void Report(Rule rule, Item item, string problem) => Report(rule, item.Column, item.Span, problem);

    /// <summary>A required text cell; reports MCAT101 when empty.</summary>
    public string? Required(string column, bool allowLineBreaks = false)
    {
        Cell cell = Cell(column);
        if (cell.IsEmpty)
        {
            Report(Rules.EmptyRequiredCell, cell, "a value is required");
            return null;
        }

        return SafeText(cell, cell.Value, allowLineBreaks);
    }

    public string? Optional(string column, bool allowLineBreaks = false)
    {
        Cell cell = Cell(column);
        return cell.IsEmpty ? null : SafeText(cell, cell.Value, allowLineBreaks);
    }

    /// <summary>The items of a <c>;</c>-separated list cell, trimmed, empty items dropped, repeats reported.</summary>
    public List<Item> List(string column)
    {
        int cellIndex = _row.IndexOf(column);
        if (cellIndex < 0 || _row.Cells[cellIndex].IsEmpty)
        {
            return new List<Item>(0);
        }

        Cell cell = _row.Cells[cellIndex];
        var items = new List<Item>(Count(cell.Value, ';') + 1);
        SeenTexts seen = _seen;
        seen.Clear();
        int start = 0;
        string value = cell.Value;
        while (start <= value.Length)
        {
            int end = value.IndexOf(';', start);
            if (end < 0)
            {
                end = value.Length;
            }

            // Trimmed by index: one substring per item (none when the item is the whole cell), not two.
            int first = start, last = end;
            while (first < last && char.IsWhiteSpace(value[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(value[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                string text = value.Substring(first, last - first);
                var item = new Item(_row, cellIndex, text, first);
                if (!seen.Add(text))
                {
                    Report(Rules.DuplicateListItem, item, $"'{text}' is listed twice; the repeat is ignored");
                }
                else if (SafeText(item, text) is not null)
                {
                    items.Add(item);
                }
            }

            start = end + 1;
        }

        return items;
    }

    private static int Count(string text, char c)
    {
        int count = 0;
        foreach (char x in text)
        {
            if (x == c)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A list of absolute http(s) URLs; MCAT101 when required and empty.</summary>
    public EquatableArray<string> Urls(string column, bool required)
    {
        List<Item> items = List(column);
        ImmutableArray<string>.Builder urls = ImmutableArray.CreateBuilder<string>(items.Count);
        if (required && items.Count == 0)
        {
            Report(Rules.EmptyRequiredCell, Cell(column), "at least one source URL is required");
        }

        foreach (Item item in items)
        {
            if (IsHttpUrl(item.Text))
            {
                urls.Add(item.Text);
            }
            else
            {
                Report(Rules.InvalidUrl, item, $"'{item.Text}' is not an absolute http or https URL");
            }
        }

        return urls.ToEquatableArray();
    }

    public string? Url(string column)
    {
        Cell cell = Cell(column);
        if (cell.IsEmpty)
        {
            return null;
        }

        if (IsHttpUrl(cell.Value))
        {
            return cell.Value;
        }

        Report(Rules.InvalidUrl, cell, $"'{cell.Value}' is not an absolute http or https URL");
        return null;
    }

    /// <summary>The flags of a list of modalities; MCAT101 when required and empty.</summary>
    public int Modalities(string column)
    {
        int flags = 0;
        List<Item> items = List(column);
        if (items.Count == 0)
        {
            Report(Rules.EmptyRequiredCell, Cell(column), $"at least one modality is required: {Vocabulary.Describe(Vocabulary.Modalities)}");
        }

        foreach (Item item in items)
        {
            if (Vocabulary.Modalities.TryGetValue(item.Text, out int flag))
            {
                flags |= flag;
            }
            else
            {
                Report(Rules.InvalidEnumValue, item, $"'{item.Text}' is not a modality; expected {Vocabulary.Describe(Vocabulary.Modalities)}{Suggestions.DidYouMean(item.Text, Vocabulary.Modalities.Keys)}");
            }
        }

        return flags;
    }

    /// <summary>A value from a closed set; false when empty or not allowed (reported).</summary>
    public bool TryChoice<T>(string column, IReadOnlyDictionary<string, T> allowed, string what, out T value)
    {
        Cell cell = Cell(column);
        value = default!;
        if (cell.IsEmpty)
        {
            return false;
        }

        if (allowed.TryGetValue(cell.Value, out T? found))
        {
            value = found!; // annotated as maybe-null on .NET, where the CLI compiles this file
            return true;
        }

        Report(Rules.InvalidEnumValue, cell, $"'{cell.Value}' is not {what}; expected {Vocabulary.Describe(allowed)}{Suggestions.DidYouMean(cell.Value, allowed.Keys)}");
        return false;
    }

    /// <summary>Template text with its escapes decoded; null when empty or not decodable (reported).</summary>
    public string? TemplateText(string column, bool required, bool needsContent)
    {
        string? raw = required ? Required(column, allowLineBreaks: true) : Optional(column, allowLineBreaks: true);
        if (raw is null)
        {
            return null;
        }

        Cell cell = Cell(column);
        if (!Values.TemplateText.TryUnescape(raw, out string value, out int bad))
        {
            string escape = raw.Substring(bad, Math.Min(2, raw.Length - bad));
            Report(Rules.InvalidTemplateText, new Item(_row, _row.IndexOf(column), escape, bad), $"'{escape}' is not an escape; use \\n, \\t or \\\\");
            return null;
        }

        if (needsContent && value.IndexOf(Values.TemplateText.ContentPlaceholder, StringComparison.Ordinal) < 0)
        {
            Report(Rules.InvalidTemplateText, cell, $"the format has no {Values.TemplateText.ContentPlaceholder} placeholder for the message text");
            return null;
        }

        return value;
    }

    private string? SafeText(Cell cell, string text, bool allowLineBreaks = false)
    {
        int bad = TextSafety.FindForbidden(text, allowLineBreaks);
        if (bad < 0)
        {
            return text;
        }

        Report(Rules.InvalidText, cell.Column, cell.Span, Forbidden(text, bad));
        return null;
    }

    private string? SafeText(Item item, string text)
    {
        int bad = TextSafety.FindForbidden(text, allowLineBreaks: false);
        if (bad < 0)
        {
            return text;
        }

        Report(Rules.InvalidText, item.Column, item.Span, Forbidden(text, bad));
        return null;
    }

    private static string Forbidden(string text, int bad) =>
        $"character {TextSafety.Describe(text[bad])} at position {bad + 1} is not allowed (control, invisible or bidirectional characters make text that reads differently than it is)";

    // The line named is the problem's own: in a record that spans lines (a quoted cell with line breaks) it can be
    // later than the record's first line, and the message must agree with the position it points at.
    private void Report(Rule rule, string column, SourceSpan span, string problem) =>
        _diagnostics.Add(rule.At(span, $"column '{column}' on line {span.StartLine + 1}: {problem}"));

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && text.IndexOf(' ') < 0;

    /// <summary>Where the text at <paramref name="offset"/> of a cell's value stands in the file.</summary>
    internal static SourceSpan ItemSpan(Cell cell, int offset, int length)
    {
        SourceSpan span = cell.Span;
        if (cell.Quoted is not string quoted)
        {
            // Unquoted, or quoted with nothing that moves characters: the value is the cell's text as it stands (after
            // the opening quote), on one line.
            int shift = offset + cell.ValueOffset;
            int at = span.Start + shift;
            return new SourceSpan(span.Path, at, length, span.StartLine, span.StartColumn + shift, span.StartLine, span.StartColumn + shift + length);
        }

        // Quoted: walk the cell's text after the opening quote, where "" is one character of the value and line
        // breaks start new lines.
        (int startRaw, int startLine, int startColumn) = Locate(quoted, span, offset);
        (int endRaw, int endLine, int endColumn) = Locate(quoted, span, offset + length);
        return new SourceSpan(span.Path, span.Start + startRaw, endRaw - startRaw, startLine, startColumn, endLine, endColumn);
    }

    private static (int Raw, int Line, int Column) Locate(string quoted, SourceSpan span, int valueOffset)
    {
        int raw = 1;
        int line = span.StartLine;
        int column = span.StartColumn + 1;
        for (int v = 0; v < valueOffset && raw < quoted.Length; v++)
        {
            char c = quoted[raw];
            int width = c == '"' || (c == '\r' && raw + 1 < quoted.Length && quoted[raw + 1] == '\n') ? 2 : 1;
            if (c is '\r' or '\n')
            {
                line++;
                column = 0;
                if (width == 2)
                {
                    v++; // CR LF is two characters of the value too
                }
            }
            else
            {
                column += width;
            }

            raw += width;
        }

        return (raw, line, column);
    }
}

/// <summary>One item of a list cell and where it stands.</summary>
/// <remarks>
/// A value, not an object per item; its place in the file is worked out only when a diagnostic needs it (for a
/// quoted cell that walks the cell's text).
/// </remarks>
internal readonly record struct Item(RawRow Row, int CellIndex, string Text, int Offset)
{
    public Cell Cell => Row.Cells[CellIndex];

    public string Column => Cell.Column;

    public SourceSpan Span => CellReader.ItemSpan(Cell, Offset, Text.Length);
}
