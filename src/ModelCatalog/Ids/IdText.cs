using System;

namespace ModelCatalog;

/// <summary>What the id parsers share.</summary>
internal static class IdText
{
    public static FormatException NotFound(string entry, string text) =>
        new($"'{text}' is not the id, name or alias of {entry} of the catalog.");
}
