using System.Collections.Generic;
using System;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog;

/// <summary>
/// The one rule that turns an id into a C# name (data/README.md): split at <c>-</c>, <c>.</c> and <c>_</c>,
/// capitalise each part, join; an <c>_</c> separates two digits that the split had kept apart; a leading digit
/// gets an <c>_</c> in front. The result is always a valid C# identifier, never a keyword.
/// </summary>
public static class Identifiers
{
    /// <summary>Names the generated static classes and enums use themselves, or inherit from <c>object</c>.</summary>
    public static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "All", "Count", "Get", "TryGet", "TryFind", "Ids", "ReadRecords",
        "Models", "Organizations", "Templates",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    public static string FromId(string id)
    {
        // Parts are walked in place (no Split): the longest name is one '_' per part plus a leading one.
        var name = new char[(id.Length * 2) + 1];
        int length = 1; // name[0] is kept for a leading '_'
        int start = 0;
        while (start <= id.Length)
        {
            int end = start;
            while (end < id.Length && id[end] is not ('-' or '.' or '_'))
            {
                end++;
            }

            if (end > start)
            {
                bool digitMeetsDigit = length > 1 && char.IsDigit(name[length - 1]) && char.IsDigit(id[start]);
                if (digitMeetsDigit)
                {
                    name[length++] = '_';
                }

                name[length++] = char.ToUpperInvariant(id[start]);
                for (int k = start + 1; k < end; k++)
                {
                    name[length++] = id[k];
                }
            }

            start = end + 1;
        }

        if (length == 1 || char.IsDigit(name[1]))
        {
            name[0] = '_';
            return new string(name, 0, length);
        }

        return new string(name, 1, length - 1);
    }
}
