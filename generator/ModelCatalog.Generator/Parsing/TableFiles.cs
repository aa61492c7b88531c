using System;
using System.IO;

namespace ModelCatalog.Generator.Parsing;

/// <summary>Which file holds which table: a table is known by its file name, whatever its folder.</summary>
public static class TableFiles
{
    public static string FileName(TableKind kind) => kind switch
    {
        TableKind.Organizations => "organizations.csv",
        TableKind.Templates => "templates.csv",
        _ => "models.csv",
    };

    public static bool TryGetKind(string path, out TableKind kind)
    {
        string name = Path.GetFileName(path);
        foreach (TableKind candidate in new[] { TableKind.Organizations, TableKind.Templates, TableKind.Models })
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
