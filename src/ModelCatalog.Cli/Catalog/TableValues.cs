using System;
using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Formats;

namespace ModelCatalog.Cli.Catalog;

/// <summary>
/// The words the tables (data/README.md) use for the runtime's enums, read from <see cref="TableWords"/> (the
/// runtime's source, compiled in). Export, filters and display all speak these, so that what the tool prints can be
/// pasted back into a CSV or a command line.
/// </summary>
internal static class TableValues
{
    public static IEnumerable<string> ArchitectureWords => TableWords.Architectures;

    public static IEnumerable<string> ModalityWords => TableWords.Modalities;

    public static string Word(Architecture architecture) => TableWords.Architectures[(int)architecture];

    public static string Word(SystemPlacement placement) => TableWords.SystemPlacements[(int)placement];

    public static string Word(CheckpointVariant variant) => TableWords.Variants[(int)variant];

    /// <summary>The modalities a flag set holds, as words in <see cref="TableWords.Modalities"/> order.</summary>
    public static IReadOnlyList<string> Words(Modality modalities) => TableWords.ModalityWords((int)modalities);

    public static string? OpenWeightsWord(bool? openWeights) => openWeights switch
    {
        true => TableWords.YesNo[0],
        false => TableWords.YesNo[1],
        null => null,
    };

    /// <summary>Reads a table word (<c>encoder-decoder</c>) or a member name (<c>EncoderDecoder</c>), any case.</summary>
    public static bool TryParseArchitecture(string text, out Architecture architecture)
    {
        foreach (Architecture value in Enum.GetValues<Architecture>())
        {
            if (string.Equals(Word(value), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                architecture = value;
                return true;
            }
        }

        architecture = default;
        return false;
    }

    public static bool TryParseModality(string text, out Modality modality)
    {
        int index = TableWords.IndexOf(TableWords.Modalities, text, StringComparison.OrdinalIgnoreCase);
        modality = index >= 0 ? (Modality)(1 << index) : Modality.None;
        return index >= 0;
    }

    /// <summary>Reads an ISO 639-1 code (<c>en</c>), <c>multilingual</c>, or a language's English name (<c>English</c>).</summary>
    public static bool TryParseLanguage(string text, out Language language)
    {
        if (LanguageCodes.TryParse(text, out language))
        {
            return true;
        }

        foreach (Language candidate in Enum.GetValues<Language>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<string> LanguageWords => Enum.GetValues<Language>().Select(l => l.ToIsoCode());
}
