using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Cli.Catalog;

/// <summary>
/// The words the tables (data/README.md) use for the runtime's enums. Export, filters and display all speak
/// these, so that what the tool prints can be pasted back into a CSV or a command line.
/// </summary>
internal static class TableValues
{
    private static readonly (Architecture Value, string Word)[] Architectures =
    [
        (Architecture.Decoder, "decoder"),
        (Architecture.EncoderDecoder, "encoder-decoder"),
        (Architecture.Glm, "glm"),
        (Architecture.MultiTask, "multi-task"),
    ];

    // The README's order (text, image, video, audio), not the flag values' order.
    private static readonly (Modality Value, string Word)[] Modalities =
    [
        (Modality.Text, "text"),
        (Modality.Image, "image"),
        (Modality.Video, "video"),
        (Modality.Audio, "audio"),
    ];

    private static readonly (SystemPlacement Value, string Word)[] Placements =
    [
        (SystemPlacement.OwnTurn, "turn"),
        (SystemPlacement.FirstUserMessage, "first-user"),
        (SystemPlacement.None, "none"),
    ];

    public static IEnumerable<string> ArchitectureWords => Architectures.Select(a => a.Word);

    public static IEnumerable<string> ModalityWords => Modalities.Select(m => m.Word);

    public static string Word(Architecture architecture) => Architectures.First(a => a.Value == architecture).Word;

    public static string Word(SystemPlacement placement) => Placements.First(p => p.Value == placement).Word;

    /// <summary>The modalities a flag set holds, as words in the README's order.</summary>
    public static IReadOnlyList<string> Words(Modality modalities) =>
        Modalities.Where(m => modalities.HasFlag(m.Value)).Select(m => m.Word).ToArray();

    public static string? OpenWeightsWord(bool? openWeights) => openWeights switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    public static bool TryParseArchitecture(string text, out Architecture architecture)
    {
        foreach ((Architecture value, string word) in Architectures)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase)
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
        foreach ((Modality value, string word) in Modalities)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                modality = value;
                return true;
            }
        }

        modality = Modality.None;
        return false;
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
