using System.Collections.Generic;
using ModelCatalog.Formats;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// The closed sets of values the tables may use, each mapped to what the generator needs of it. The words are
/// <see cref="TableWords"/>' (runtime source, compiled in here); this class adds the runtime enums' C# member names,
/// in the order of their values, which the emitted code and docs use.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] ArchitectureMembers = { "Decoder", "EncoderDecoder", "Glm", "MultiTask" };

    public static readonly string[] LanguageMembers =
    {
        "Multilingual", "English", "Chinese", "Japanese", "Korean", "French", "German", "Spanish", "Italian",
        "Portuguese", "Russian", "Arabic", "Hindi", "Vietnamese", "Thai", "Indonesian",
    };

    public static readonly string[] SystemPlacementMembers = { "OwnTurn", "FirstUserMessage", "None" };

    public static readonly string[] VariantMembers = { "Base", "Instruct", "Chat", "Reasoning", "Quantized" };

    public static readonly IReadOnlyDictionary<string, string> Architectures = Map(TableWords.Architectures, ArchitectureMembers);

    public static readonly IReadOnlyDictionary<string, string> Languages = Map(TableWords.Languages, LanguageMembers);

    /// <summary>Modalities and their flag bits (the runtime's <c>Modality</c> enum).</summary>
    public static readonly IReadOnlyDictionary<string, int> Modalities = Flags(TableWords.Modalities);

    /// <summary>Where a template puts the system message (the runtime's <c>SystemPlacement</c> enum).</summary>
    public static readonly IReadOnlyDictionary<string, string> SystemPlacements = Map(TableWords.SystemPlacements, SystemPlacementMembers);

    /// <summary>What kind of weights a checkpoint is (the runtime's <c>CheckpointVariant</c> enum; data/README.md, Variants).</summary>
    public static readonly IReadOnlyDictionary<string, string> Variants = Map(TableWords.Variants, VariantMembers);

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>
    {
        [TableWords.YesNo[0]] = true,
        [TableWords.YesNo[1]] = false,
    };

    /// <summary>Lists the allowed values for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public static string Describe<T>(IReadOnlyDictionary<string, T> values) => TableWords.Describe(new List<string>(values.Keys));

    private static Dictionary<string, string> Map(string[] words, string[] members)
    {
        var map = new Dictionary<string, string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            map.Add(words[i], members[i]);
        }

        return map;
    }

    private static Dictionary<string, int> Flags(string[] words)
    {
        var map = new Dictionary<string, int>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            map.Add(words[i], 1 << i);
        }

        return map;
    }
}
