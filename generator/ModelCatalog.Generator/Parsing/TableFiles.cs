using System;
using System.IO;

namespace ModelCatalog.Generator.Parsing;

/// <summary>
/// Which file holds which table: a table is known by its file name, whatever its folder: <c>models.csv</c>, or with a
/// prefix ending in a dot, <c>acme.models.csv</c> (so that a consumer's tables can be told apart from other files).
/// </summary>
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
            string table = FileName(candidate);
            if (name.EndsWith(table, StringComparison.OrdinalIgnoreCase)
                && (name.Length == table.Length || name[name.Length - table.Length - 1] == '.'))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
