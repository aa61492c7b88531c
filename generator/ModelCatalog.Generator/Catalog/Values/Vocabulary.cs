using System.Collections.Generic;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// The closed sets of values the tables may use, each mapped to the C# member the runtime enum gives it.
/// Keep in step with src/ModelCatalog (Architecture, Language, Modality) and data/README.md.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Architectures = new Dictionary<string, string>
    {
        ["decoder"] = "Decoder",
        ["encoder-decoder"] = "EncoderDecoder",
        ["glm"] = "Glm",
        ["multi-task"] = "MultiTask",
    };

    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["multilingual"] = "Multilingual",
        ["en"] = "English",
        ["zh"] = "Chinese",
        ["ja"] = "Japanese",
        ["ko"] = "Korean",
        ["fr"] = "French",
        ["de"] = "German",
        ["es"] = "Spanish",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["ru"] = "Russian",
        ["ar"] = "Arabic",
        ["hi"] = "Hindi",
        ["vi"] = "Vietnamese",
        ["th"] = "Thai",
        ["id"] = "Indonesian",
    };

    /// <summary>Modalities and their flag bits (the runtime's <c>Modality</c> enum).</summary>
    public static readonly IReadOnlyDictionary<string, int> Modalities = new Dictionary<string, int>
    {
        ["text"] = 1,
        ["image"] = 2,
        ["audio"] = 4,
        ["video"] = 8,
    };

    /// <summary>Where a template puts the system message (the runtime's <c>SystemPlacement</c> enum).</summary>
    public static readonly IReadOnlyDictionary<string, string> SystemPlacements = new Dictionary<string, string>
    {
        ["turn"] = "OwnTurn",
        ["first-user"] = "FirstUserMessage",
        ["none"] = "None",
    };

    /// <summary>What kind of weights a checkpoint is (the runtime's <c>CheckpointVariant</c> enum; data/README.md, Variants).</summary>
    public static readonly IReadOnlyDictionary<string, string> Variants = new Dictionary<string, string>
    {
        ["base"] = "Base",
        ["instruct"] = "Instruct",
        ["chat"] = "Chat",
        ["reasoning"] = "Reasoning",
        ["quantized"] = "Quantized",
    };

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>
    {
        ["yes"] = true,
        ["no"] = false,
    };

    /// <summary>Lists the allowed values for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public static string Describe<T>(IReadOnlyDictionary<string, T> values)
    {
        var keys = new List<string>(values.Keys);
        var quoted = keys.ConvertAll(k => "'" + k + "'");
        return quoted.Count == 1
            ? quoted[0]
            : string.Join(", ", quoted.GetRange(0, quoted.Count - 1)) + " or " + quoted[quoted.Count - 1];
    }
}
