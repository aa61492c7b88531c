using System;
using System.IO;

namespace ModelCatalog.Generator.Parsing;

/// <summary>Which file holds which table: a table is known by its file name, whatever its folder.</summary>
public static class TableFiles
{
    /// <summary>Every table, in the order the linker reads them.</summary>
    public static readonly TableKind[] All = { TableKind.Organizations, TableKind.Templates, TableKind.Models, TableKind.Checkpoints };

    /// <summary>Whether a catalog without this table is incomplete (checkpoints are optional: a catalog may have none).</summary>
    public static bool IsRequired(TableKind kind) => kind != TableKind.Checkpoints;

    public static string FileName(TableKind kind) => kind switch
    {
        TableKind.Organizations => "organizations.csv",
        TableKind.Templates => "templates.csv",
        TableKind.Checkpoints => "checkpoints.csv",
        _ => "models.csv",
    };

    public static bool TryGetKind(string path, out TableKind kind)
    {
        string name = Path.GetFileName(path);
        foreach (TableKind candidate in All)
        {
            if (string.Equals(name, FileName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
