using System;
using System.Collections.Generic;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// The items of one list seen so far, ignoring case. A list cell holds a handful of items: a scan of a small list
/// costs less than a hash set per cell; a long list (never in real tables) still gets the set.
/// </summary>
internal struct SeenTexts
{
    private const int ScanLimit = 16;
    private List<string>? _few;
    private HashSet<string>? _many;

    /// <returns>False when the text was seen before.</returns>
    public bool Add(string text)
    {
        if (_many is not null)
        {
            return _many.Add(text);
        }

        _few ??= new List<string>(4);
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
