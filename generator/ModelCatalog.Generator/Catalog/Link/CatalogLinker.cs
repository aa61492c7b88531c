using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Link and validate stage: the parsed tables together become one <see cref="CatalogModel"/>. Every row
/// that can be kept is kept; every row that cannot is named in a diagnostic, and so is every reference to it.
/// </summary>
public static class CatalogLinker
{
    public static LinkResult Link(IEnumerable<ParsedTable> tables, CancellationToken cancellationToken = default) =>
        Link(tables, builtIn: null, cancellationToken);

    /// <summary>
    /// Links a catalog. <paramref name="builtIn"/> is null for the built-in catalog; for a consumer's it is the
    /// referenced built-in catalog, whose ids the consumer's rows may name and may not take, and whose absent tables
    /// are not missing (a consumer may write any subset of the tables).
    /// </summary>
    /// <param name="classPrefix">The prefix of a consumer's generated class names (<c>Acme</c>): its rows may not take them.</param>
    public static LinkResult Link(IEnumerable<ParsedTable> tables, ReferencedCatalog? builtIn, CancellationToken cancellationToken = default, string classPrefix = "")
    {
        var diagnostics = new List<CatalogDiagnostic>();
        ParsedTable?[] byKind = PickTables(tables, diagnostics, requireAll: builtIn is null);

        var organizationIds = new IdRegistry("organization", RowCount(byKind, TableKind.Organizations), builtIn?.Organizations ?? default, ClassNames(builtIn, classPrefix, "Organizations", "OrganizationIds"));
        var templateIds = new IdRegistry("template", RowCount(byKind, TableKind.Templates), builtIn?.Templates ?? default, ClassNames(builtIn, classPrefix, "Templates", "TemplateIds"));
        var modelIds = new IdRegistry("model", RowCount(byKind, TableKind.Models), builtIn?.Models ?? default, ClassNames(builtIn, classPrefix, "Models", "ModelIds"));

        var organizations = ReadRows(byKind[(int)TableKind.Organizations], diagnostics, cancellationToken, row => OrganizationRows.Read(row, organizationIds));
        var templates = ReadRows(byKind[(int)TableKind.Templates], diagnostics, cancellationToken, row => TemplateRows.Read(row, templateIds));
        var modelRows = ReadRows(byKind[(int)TableKind.Models], diagnostics, cancellationToken, row => ModelRows.Read(row, modelIds, organizationIds, templateIds));

        var models = modelRows.ConvertAll(m => (m.Entry.Entry, m.Entry.BaseCell));
        int?[] bases = BaseModels.Resolve(models, modelIds, diagnostics);

        List<OrganizationEntry> organizationEntries = LookupKeys.Check("organization", organizations, (e, a) => e with { Aliases = a }, diagnostics);
        List<TemplateEntry> templateEntries = LookupKeys.Check("template", templates, (e, a) => e with { Aliases = a }, diagnostics);
        List<ModelEntry> modelEntries = LookupKeys.Check(
            "model",
            modelRows.ConvertAll(m => (m.Entry.Entry, m.Row)),
            (e, a) => e with { Aliases = a },
            diagnostics);

        ParsedTable? checkpointTable = byKind[(int)TableKind.Checkpoints];
        var checkpointIds = new IdRegistry("checkpoint", RowCount(byKind, TableKind.Checkpoints), builtIn?.Checkpoints ?? default, ClassNames(builtIn, classPrefix, "Checkpoints", "CheckpointIds"));
        var checkpointRows = new CheckpointRows(checkpointIds, modelIds, templateIds, modelEntries, organizationEntries, new RepositoryKeys(checkpointTable));
        List<CheckpointEntry> checkpoints = ReadRows(checkpointTable, diagnostics, cancellationToken, checkpointRows.Read).ConvertAll(c => c.Entry);

        CatalogModel catalog = Relationships.Connect(organizationEntries, templateEntries, modelEntries, bases, checkpoints) with
        {
            BuiltIn = new BuiltInReferences(organizationIds.UsedBuiltIn, templateIds.UsedBuiltIn, modelIds.UsedBuiltIn),
        };
        diagnostics.Sort(DiagnosticOrder.Compare);
        return new LinkResult(catalog, diagnostics.ToEquatableArray());
    }

    // A consumer's classes of a table (AcmeModels, AcmeModelIds); the built-in ones' names are in Identifiers.Reserved.
    private static string[] ClassNames(ReferencedCatalog? builtIn, string prefix, string table, string ids) =>
        builtIn is null ? System.Array.Empty<string>() : new[] { prefix + table, prefix + ids };

    private static int RowCount(ParsedTable?[] byKind, TableKind kind) => byKind[(int)kind]?.Rows.Count ?? 0;

    /// <summary>One file per table: parse diagnostics kept, a second file for a table reported and ignored.</summary>
    private static ParsedTable?[] PickTables(IEnumerable<ParsedTable> tables, List<CatalogDiagnostic> diagnostics, bool requireAll)
    {
        var byKind = new ParsedTable?[TableFiles.All.Length];
        foreach (ParsedTable table in tables.OrderBy(t => t.Path, System.StringComparer.Ordinal))
        {
            ParsedTable? first = byKind[(int)table.Kind];
            if (first is not null)
            {
                diagnostics.Add(Rules.DuplicateTable.At(
                    SourceSpan.FileStart(table.Path),
                    $"{table.Path} and {first.Path} both hold the {TableFiles.FileName(table.Kind)} table; only the first one is read"));
                continue;
            }

            byKind[(int)table.Kind] = table;
            diagnostics.AddRange(table.Diagnostics);
        }

        string anyPath = byKind.FirstOrDefault(t => t is not null)?.Path ?? string.Empty;
        for (int kind = 0; kind < byKind.Length; kind++)
        {
            if (requireAll && byKind[kind] is null && anyPath.Length > 0 && TableFiles.IsRequired((TableKind)kind))
            {
                diagnostics.Add(Rules.MissingTable.At(
                    SourceSpan.FileStart(anyPath),
                    $"the catalog has no {TableFiles.FileName((TableKind)kind)} table beside {System.IO.Path.GetFileName(anyPath)}; add it as an AdditionalFiles item"));
            }
        }

        return byKind;
    }

    private static List<(T Entry, RawRow Row)> ReadRows<T>(
        ParsedTable? table,
        List<CatalogDiagnostic> diagnostics,
        CancellationToken cancellationToken,
        System.Func<CellReader, T?> read)
        where T : class
    {
        var entries = new List<(T, RawRow)>(table?.Rows.Count ?? 0);
        if (table is null)
        {
            return entries;
        }

        CellReader? reader = null;
        foreach (RawRow row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader = reader is null ? new CellReader(row, diagnostics) : reader.Load(row);
            if (read(reader) is T entry)
            {
                entries.Add((entry, row));
            }
        }

        return entries;
    }
}
