using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Emit;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>The three stages run directly, without a driver: fast enough for thousands of fuzz cases.</summary>
public static class CatalogPipeline
{
    public sealed record Output(ParsedTable[] Tables, LinkResult Link, EquatableArrayOfFiles Files);

    public sealed record EquatableArrayOfFiles(IReadOnlyList<GeneratedFile> Items);

    public static Output Run(IReadOnlyDictionary<string, string> tables)
    {
        ParsedTable[] parsed = tables
            .Select(t =>
            {
                TableFiles.TryGetKind(t.Key, out TableKind kind);
                return CsvTableParser.Parse(kind, t.Key, t.Value);
            })
            .ToArray();
        LinkResult link = CatalogLinker.Link(parsed);
        return new Output(parsed, link, new EquatableArrayOfFiles(CatalogEmitter.Emit(link.Catalog).ToArray()));
    }

    /// <summary>The ids the linked catalog kept, per table file name.</summary>
    public static HashSet<string> KeptIds(CatalogModel catalog, TableKind kind) => kind switch
    {
        TableKind.Organizations => catalog.Organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal),
        TableKind.Templates => catalog.Templates.Select(t => t.Id).ToHashSet(StringComparer.Ordinal),
        _ => catalog.Models.Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
    };
}
