using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>
/// What the fuzz tests check of one case, judged by the test's own <see cref="Rfc4180Splitter"/> rather than by
/// what the parser says it read: every record is emitted or named by an error (and the counts add up), and every
/// diagnostic stands where the text says a cell or record starts.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>A cell the test replaced: its table and raw span (quotes included) in the mutated text.</summary>
    internal sealed record MutatedCell(string Table, int Start, int End, string Column);

    public static void Check(IReadOnlyDictionary<string, string> tables, CatalogPipeline.Output output, MutatedCell? mutated)
    {
        foreach (ParsedTable table in output.Tables)
        {
            Rfc4180Splitter.Result split = Rfc4180Splitter.Split(tables[table.Path]);
            CatalogDiagnostic[] diagnostics = output.Link.Diagnostics.Where(d => d.Span.Path == table.Path).ToArray();
            CheckRecordsAccountedFor(table, split, diagnostics, CatalogPipeline.KeptIds(output.Link.Catalog, table.Kind));
            CheckPositions(table.Path, split, diagnostics, mutated);
        }
    }

    /// <summary>
    /// Records the splitter found after the header (blank ones aside) = rows emitted + rows named by an error (and not
    /// emitted: a row with one bad value is emitted without it), and each emitted id has its record. In a
    /// file that stops being strict RFC 4180, the records before that point are each emitted or named, and an error
    /// names the point or a line after it.
    /// </summary>
    private static void CheckRecordsAccountedFor(ParsedTable table, Rfc4180Splitter.Result split, CatalogDiagnostic[] diagnostics, HashSet<string> kept)
    {
        if (split.Records.Count == 0 || (split.MalformedLine is int m && m <= split.Records[0].StartLine))
        {
            return; // no header: the parser's own tests (EmptyTable, a broken header) cover it
        }

        CatalogDiagnostic[] errors = diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        Rfc4180Splitter.Record header = split.Records[0];
        if (errors.Any(d => d.Span.StartLine <= header.EndLine))
        {
            return; // a header the table cannot be read by (a missing or doubled column) may drop every row
        }

        Rfc4180Splitter.Record[] records = split.Records.Skip(1).Where(r => !r.IsBlank).ToArray();
        int idColumn = header.Cells.ToList().FindIndex(c => c.Value.Trim(' ', '\t', '\uFEFF').Equals("id", StringComparison.OrdinalIgnoreCase));
        var named = records.Where(r => errors.Any(d => d.Span.StartLine >= r.StartLine && d.Span.StartLine <= r.EndLine)).ToHashSet();

        string Describe(Rfc4180Splitter.Record r) => $"line {r.StartLine + 1} (id '{Id(r)}')";
        string Id(Rfc4180Splitter.Record r) => idColumn >= 0 && idColumn < r.Cells.Count ? r.Cells[idColumn].Value.Trim(' ', '\t') : "";
        Rfc4180Splitter.Record[] lost = records.Where(r => !named.Contains(r) && !kept.Contains(Id(r))).ToArray();
        Assert.True(lost.Length == 0, $"{table.Path}: neither emitted nor named by an error: {string.Join(", ", lost.Select(Describe))}");

        if (split.MalformedLine is int malformed)
        {
            Assert.True(
                errors.Any(d => d.Span.StartLine >= malformed),
                $"{table.Path} stops being RFC 4180 on line {malformed + 1} but no error names that line or a later one");
            return;
        }

        // A row with a bad value may still be emitted (without that value): a record counts once, emitted or named.
        var emittedRecords = new HashSet<Rfc4180Splitter.Record>();
        foreach (string id in kept)
        {
            Rfc4180Splitter.Record? record = records.FirstOrDefault(r => Id(r) == id);
            Assert.True(record is not null, $"{table.Path}: '{id}' was emitted but no record of the file has that id");
            emittedRecords.Add(record);
        }

        Rfc4180Splitter.Record[] namedOnly = named.Where(r => !emittedRecords.Contains(r)).ToArray();
        Assert.True(
            records.Length == kept.Count + namedOnly.Length,
            $"{table.Path}: {records.Length} records, but {kept.Count} emitted + {namedOnly.Length} named by an error and not emitted ({string.Join(", ", namedOnly.Select(Describe))})");
    }

    /// <summary>
    /// Each diagnostic's line and column are those of its offset (as this test counts lines), and the offset is the
    /// start of the file, of a record, or inside a cell the splitter found. With a <paramref name="mutated"/> cell
    /// in a strict file: a value diagnostic (1xx) of that table lies inside the mutated cell, no CSV diagnostic (0xx)
    /// appears, and a reference or naming diagnostic (2xx, 3xx) starts on a cell.
    /// </summary>
    private static void CheckPositions(string path, Rfc4180Splitter.Result split, CatalogDiagnostic[] diagnostics, MutatedCell? mutated)
    {
        foreach (CatalogDiagnostic d in diagnostics)
        {
            string where = $"{d} (span {d.Span.Start}+{d.Span.Length})";
            if (d.Span.Start > 0 || d.Span.StartLine > 0 || d.Span.StartColumn > 0)
            {
                Assert.True(d.Span.StartLine < split.LineStarts.Count, $"{where}: line beyond the file's {split.LineStarts.Count} lines");
                Assert.True(
                    (d.Span.StartLine, d.Span.StartColumn) == split.Position(d.Span.Start),
                    $"{where}: line and column are not those of offset {d.Span.Start}, which is {split.Position(d.Span.Start)} (0-based)");
            }

            if (split.MalformedLine is int malformed && d.Span.StartLine >= malformed)
            {
                continue; // past the point where the file stops being RFC 4180, the splitter has no cells to compare with
            }

            bool onCell = d.Span.Start <= 1 || split.Records.Any(r => r.Start == d.Span.Start || r.Cells.Any(c => d.Span.Start >= c.Start && d.Span.Start <= c.End));
            Assert.True(onCell, $"{where}: the position is on no cell or record of the file");

            if (mutated is null || split.MalformedLine is not null)
            {
                continue;
            }

            Assert.False(d.Id.StartsWith("MCAT0", StringComparison.Ordinal), $"{where}: a CSV diagnostic for a file that is well-formed");
            if (path == mutated.Table && d.Id.StartsWith("MCAT1", StringComparison.Ordinal))
            {
                Assert.True(
                    d.Span.Start >= mutated.Start && d.Span.Start <= mutated.End,
                    $"{where}: a value diagnostic outside the mutated cell ({mutated.Column}, {split.Position(mutated.Start)} to {split.Position(mutated.End)}, 0-based)");
            }
            else if (!d.Id.StartsWith("MCAT1", StringComparison.Ordinal))
            {
                Assert.True(
                    split.Records.Any(r => r.Cells.Any(c => d.Span.Start >= c.Start && d.Span.Start <= c.End)),
                    $"{where}: a reference or naming diagnostic that starts on no cell");
            }
            else
            {
                Assert.Fail($"{where}: a value diagnostic in a table the test did not change");
            }
        }
    }
}
