using System.Collections.Generic;
using System;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Makes sure every name a user may look up (id, name, alias; any case) leads to one entry of its table.
/// A name or alias already taken is reported and dropped from the later entry's aliases, so the generated
/// <c>TryFind</c> never has to choose.
/// </summary>
internal static class LookupKeys
{
    public static List<T> Check<T>(
        string what,
        IReadOnlyList<(T Entry, RawRow Row)> entries,
        Func<T, EquatableArray<string>, T> withAliases,
        List<CatalogDiagnostic> diagnostics)
        where T : IEntry
    {
        // Sized for ids, names and a couple of aliases each: no rehashing as it fills.
        var owners = new Dictionary<string, string>(entries.Count * 4, StringComparer.OrdinalIgnoreCase);
        foreach ((T entry, RawRow _) in entries)
        {
            owners[entry.Id] = entry.Id;
        }

        var result = new List<T>(entries.Count);
        foreach ((T entry, RawRow row) in entries)
        {
            Claim(entry.Name, entry, row.Get("name"), what, owners, diagnostics);
            var kept = new List<string>();
            foreach (string alias in entry.Aliases)
            {
                if (Claim(alias, entry, row.Get("aliases"), what, owners, diagnostics))
                {
                    kept.Add(alias);
                }
            }

            result.Add(kept.Count == entry.Aliases.Count ? entry : withAliases(entry, kept.ToEquatableArray()));
        }

        return result;
    }

    private static bool Claim(string key, IEntry entry, Cell cell, string what, Dictionary<string, string> owners, List<CatalogDiagnostic> diagnostics)
    {
        // The key's place in its cell is only worked out for a diagnostic: nearly every key is free.
        if (!owners.TryGetValue(key, out string? owner))
        {
            owners[key] = entry.Id;
            return true;
        }

        if (owner == entry.Id)
        {
            if (!ReferenceEquals(key, entry.Name))
            {
                SourceSpan at = KeySpan(cell, key);
                diagnostics.Add(Rules.DuplicateListItem.At(
                    at,
                    $"column '{cell.Column}' on line {at.StartLine + 1}: alias '{key}' is already the id or name of '{entry.Id}'; it is ignored"));
            }

            return false;
        }

        SourceSpan span = KeySpan(cell, key);
        diagnostics.Add(Rules.AmbiguousName.At(
            span,
            $"column '{cell.Column}' on line {span.StartLine + 1}: '{key}' already names the {what} '{owner}'; a name or alias must lead to one {what} only, so it is not a lookup key of '{entry.Id}'"));
        return false;
    }

    /// <summary>Points at the key itself inside its cell (an alias inside the aliases list), or at the cell.</summary>
    private static SourceSpan KeySpan(Cell cell, string key)
    {
        int offset = 0;
        foreach (string item in cell.Value.Split(';'))
        {
            if (item.Trim() == key)
            {
                return CellReader.ItemSpan(cell, offset + item.IndexOf(key, StringComparison.Ordinal), key.Length);
            }

            offset += item.Length + 1;
        }

        return cell.Span;
    }
}
