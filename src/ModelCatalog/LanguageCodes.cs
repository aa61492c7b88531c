using System;

namespace ModelCatalog;

/// <summary>Converts between <see cref="Language"/> and the codes the tables and JSON use (ISO 639-1, or <c>multilingual</c>).</summary>
public static class LanguageCodes
{
    private static readonly string[] Codes =
    {
        "multilingual", "en", "zh", "ja", "ko", "fr", "de", "es", "it", "pt", "ru", "ar", "hi", "vi", "th", "id",
    };

    /// <summary>The ISO 639-1 code of a language, or <c>multilingual</c>.</summary>
    public static string ToIsoCode(this Language language) =>
        (uint)language < (uint)Codes.Length
            ? Codes[(int)language]
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language.");

    /// <summary>Reads an ISO 639-1 code (any case) or <c>multilingual</c>.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        for (int i = 0; i < Codes.Length; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.OrdinalIgnoreCase))
            {
                language = (Language)i;
                return true;
            }
        }

        language = default;
        return false;
    }
}
