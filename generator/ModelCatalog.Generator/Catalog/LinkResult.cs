using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Catalog;

/// <summary>The Link stage's output: the catalog that could be built, and every problem met on the way.</summary>
public sealed record LinkResult(CatalogModel Catalog, EquatableArray<CatalogDiagnostic> Diagnostics);
