using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Parsing;

/// <summary>
/// A data row as read from the file: one cell per known column of the header, in header order.
/// A column the header lacks has no cell; <see cref="Get"/> then returns an empty cell at the row's start.
/// </summary>
public sealed record RawRow(int Line, SourceSpan Span, EquatableArray<Cell> Cells)
{
    public Cell Get(string column)
    {
        int index = IndexOf(column);
        return index >= 0 ? Cells[index] : new Cell(column, string.Empty, Span);
    }

    /// <summary>The index in <see cref="Cells"/> of the column's cell, or -1 when the header lacks the column.</summary>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Column == column)
            {
                return i;
            }
        }

        return -1;
    }
}
