using System;
using ModelCatalog.Formats;

namespace ModelCatalog;

/// <summary>Converts between <see cref="Language"/> and the codes the tables and JSON use (ISO 639-1, or <c>multilingual</c>).</summary>
public static class LanguageCodes
{
    /// <summary>The ISO 639-1 code of a language, or <c>multilingual</c>.</summary>
    public static string ToIsoCode(this Language language) =>
        (uint)language < (uint)TableWords.Languages.Length
            ? TableWords.Languages[(int)language]
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language.");

    /// <summary>Reads an ISO 639-1 code (any case) or <c>multilingual</c>.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        int index = TableWords.IndexOf(TableWords.Languages, code, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            language = (Language)index;
            return true;
        }

        language = default;
        return false;
    }
}
