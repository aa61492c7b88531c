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
        foreach (Cell cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell;
            }
        }

        return new Cell(column, string.Empty, Span);
    }
}
