using System;
using System.Collections.Generic;
using System.Text;

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
        "All", "Count", "Get", "TryFind", "Ids",
        "Models", "Organizations", "Templates",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    public static string FromId(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        foreach (string part in id.Split('-', '.', '_'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            bool digitMeetsDigit = builder.Length > 0
                && char.IsDigit(builder[builder.Length - 1])
                && char.IsDigit(part[0]);
            if (digitMeetsDigit)
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part, 1, part.Length - 1);
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
