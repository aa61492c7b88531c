using System.Collections.Generic;
using System;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// The items of one list seen so far, ignoring case. A list cell holds a handful of items: a scan of a small list
/// costs less than a hash set per cell; a long list (never in real tables) still gets the set. One instance
/// serves every list cell of a table, cleared for each.
/// </summary>
internal sealed class SeenTexts
{
    private const int ScanLimit = 16;
    private readonly List<string> _few = new(ScanLimit + 1);
    private HashSet<string>? _many;

    public void Clear()
    {
        _few.Clear();
        _many = null;
    }

    /// <returns>False when the text was seen before.</returns>
    public bool Add(string text)
    {
        if (_many is not null)
        {
            return _many.Add(text);
        }

        foreach (string seen in _few)
        {
            if (string.Equals(seen, text, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        _few.Add(text);
        if (_few.Count > ScanLimit)
        {
            _many = new HashSet<string>(_few, StringComparer.OrdinalIgnoreCase);
        }

        return true;
    }
}
