using System.Collections.Generic;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Ids shared between catalogs used together: a consumer's id (slug or enum value) that a referenced assembly's catalog
/// also defines, reported at the consumer's id cell, and two referenced catalogs that define one id, reported once at the
/// consumer's first table. Ids are constants of one enum per table, so one value must mean one entry in a program.
/// </summary>
internal static class OtherCatalogIds
{
    public static void Check(IReadOnlyList<ParsedTable> tables, EquatableArray<OtherCatalog> others, string firstPath, List<CatalogDiagnostic> diagnostics)
    {
        if (others.Count == 0)
        {
            return;
        }

        foreach (TableKind kind in TableFiles.All)
        {
            var owners = new Dictionary<int, (string Assembly, KnownEntry Entry)>();
            foreach (OtherCatalog other in others)
            {
                foreach (KnownEntry entry in Entries(other, kind))
                {
                    if (owners.TryGetValue(entry.Value, out (string Assembly, KnownEntry Entry) first))
                    {
                        diagnostics.Add(Rules.OtherCatalogIdTaken.At(
                            SourceSpan.FileStart(firstPath),
                            $"the catalogs of {first.Assembly} and {other.Assembly}, both referenced, define {Word(kind)} ids with one enum value ({first.Entry.Slug}, {entry.Slug}: {entry.Value}); rename one of them"));
                    }
                    else
                    {
                        owners[entry.Value] = (other.Assembly, entry);
                    }
                }
            }

            foreach (ParsedTable table in tables)
            {
                if (table.Kind != kind)
                {
                    continue;
                }

                foreach (RawRow row in table.Rows)
                {
                    Cell id = row.Get("id");
                    if (Slug.IsValid(id.Value) && owners.TryGetValue(IdValue.Of(id.Value), out (string Assembly, KnownEntry Entry) owner))
                    {
                        diagnostics.Add(Rules.OtherCatalogIdTaken.At(
                            id.Span,
                            $"column 'id' on line {id.Span.StartLine + 1}: id '{id.Value}' has the enum value of the {Word(kind)} '{owner.Entry.Slug}' of the catalog in {owner.Assembly}, which this project references; choose another id"));
                    }
                }
            }
        }
    }

    private static EquatableArray<KnownEntry> Entries(OtherCatalog catalog, TableKind kind) => kind switch
    {
        TableKind.Organizations => catalog.Organizations,
        TableKind.Templates => catalog.Templates,
        TableKind.Models => catalog.Models,
        _ => catalog.Checkpoints,
    };

    private static string Word(TableKind kind) => kind switch
    {
        TableKind.Organizations => "organization",
        TableKind.Templates => "template",
        TableKind.Models => "model",
        _ => "checkpoint",
    };
}
