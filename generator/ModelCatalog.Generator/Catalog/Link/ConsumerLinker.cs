using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Links a consumer's tables against the built-in catalog they may refer to (<see cref="CatalogLinker"/> does the
/// rows), and says so when that catalog is not there: tables without a ModelCatalog reference cannot be built. Ids that
/// other referenced catalogs define are reported too (<see cref="OtherCatalogIds"/>).
/// </summary>
public static class ConsumerLinker
{
    /// <param name="classPrefix">The prefix of the generated class names, which the rows' C# names may not take.</param>
    public static LinkResult Link(IReadOnlyList<ParsedTable> tables, ReferencedCatalog builtIn, string classPrefix, CancellationToken cancellationToken = default)
    {
        LinkResult result = CatalogLinker.Link(tables, builtIn, cancellationToken, classPrefix);
        string firstPath = tables.Select(t => t.Path).OrderBy(p => p, System.StringComparer.Ordinal).First();
        if (builtIn.Failure is string failure)
        {
            return result with { Diagnostics = Prepend(result, Rules.InternalError.At(SourceSpan.FileStart(firstPath), $"the catalog generator could not read the built-in catalog's names ({failure}); please report this")) };
        }

        if (!builtIn.Referenced)
        {
            return result with { Diagnostics = Prepend(result, Rules.CatalogNotReferenced.At(SourceSpan.FileStart(firstPath), $"{firstPath} is a catalog table, but the project does not reference ModelCatalog, whose types the generated code uses; add the ModelCatalog package")) };
        }

        var others = new List<CatalogDiagnostic>();
        OtherCatalogIds.Check(tables, builtIn.Others, firstPath, others);
        if (others.Count == 0)
        {
            return result;
        }

        others.AddRange(result.Diagnostics);
        others.Sort(DiagnosticOrder.Compare);
        return result with { Diagnostics = others.ToEquatableArray() };
    }

    private static EquatableArray<CatalogDiagnostic> Prepend(LinkResult result, CatalogDiagnostic first)
    {
        var all = new List<CatalogDiagnostic>(result.Diagnostics.Count + 1) { first };
        all.AddRange(result.Diagnostics);
        return all.ToEquatableArray();
    }
}
