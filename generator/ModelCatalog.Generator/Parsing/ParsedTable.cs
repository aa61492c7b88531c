using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Parsing;

/// <summary>The result of parsing one table file: its rows and the problems found on the way.</summary>
public sealed record ParsedTable(
    TableKind Kind,
    string Path,
    EquatableArray<RawRow> Rows,
    EquatableArray<CatalogDiagnostic> Diagnostics);
