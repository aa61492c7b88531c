using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Parsing;

/// <summary>
/// One cell of a row: its column, its decoded value, and where it stands in the file. <see cref="ValueOffset"/>
/// is 1 when the cell is quoted (its value starts one character after the span), so that a diagnostic about
/// one item of a list can point inside the cell. <see cref="Quoted"/> is the cell's text as the file has it when
/// the cell is quoted and holds a doubled quote or a line break, which move the value's characters away from their
/// place in the file (null otherwise: then the value's characters stand one for one after the offset).
/// A value, not an object: a table holds hundreds of thousands of cells, stored in their rows' arrays.
/// </summary>
public readonly record struct Cell(string Column, string Value, SourceSpan Span, int ValueOffset = 0, string? Quoted = null)
{
    public bool IsEmpty => Value.Length == 0;
}
