using System;
using System.Collections.Generic;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// The lookup keys of the checkpoints table (ids, names, Hugging Face and ModelScope ids; any case), each owned by
/// one checkpoint, so that the generated <c>TryFind</c> never has to choose. Ids are reserved before any row is
/// read, so a later row's id is never taken by an earlier row's name.
/// </summary>
internal sealed class RepositoryKeys
{
    private readonly Dictionary<string, (string Owner, int Line)> _owners;

    public RepositoryKeys(ParsedTable? table)
    {
        _owners = new Dictionary<string, (string, int)>((table?.Rows.Count ?? 0) * 4, StringComparer.OrdinalIgnoreCase);
        if (table is null)
        {
            return;
        }

        foreach (RawRow row in table.Rows)
        {
            string id = row.Get("id").Value;
            if (id.Length > 0 && !_owners.ContainsKey(id))
            {
                _owners[id] = (id, row.Line + 1);
            }
        }
    }

    /// <summary>The checkpoint (and its line) that already owns <paramref name="key"/>, when another one does.</summary>
    public (string Owner, int Line)? OtherOwner(string key, string id) =>
        _owners.TryGetValue(key, out (string Owner, int Line) found) && !string.Equals(found.Owner, id, StringComparison.Ordinal)
            ? found
            : null;

    /// <summary>Gives the keys of a kept row to its checkpoint (a key it already owns is left as it is).</summary>
    public void Claim(string id, int line, IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            if (!_owners.ContainsKey(key))
            {
                _owners[key] = (id, line);
            }
        }
    }
}
