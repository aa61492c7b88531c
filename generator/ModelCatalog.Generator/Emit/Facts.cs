using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelCatalog.Generator.Catalog.Values;

namespace ModelCatalog.Generator.Emit;

/// <summary>Human-readable renderings of facts for the XML docs (not yet escaped).</summary>
internal static class Facts
{
    public static string Releases(IEnumerable<ReleaseValue> releases) =>
        string.Join("; ", releases.Select(r => r.Version is null ? r.Date.ToString() : $"{r.Version}: {r.Date}"));

    public static string Sizes(IEnumerable<SizeValue> sizes) =>
        string.Join(", ", sizes.Select(Size));

    public static string Size(SizeValue size)
    {
        if (!size.Known)
        {
            return "unknown";
        }

        string text = size.Label + (size.Uncertain ? "?" : string.Empty);
        bool labelIsExact = size.IsRange || (CountParser.TryParse(size.Label, out long labelled) && labelled == size.Parameters);
        return labelIsExact ? text : $"{text} ({Count(size.Parameters)} parameters)";
    }

    /// <summary>A count in the tables' style with up to three significant decimals: 46.7B, 124M, 1.4T.</summary>
    public static string Count(long value)
    {
        (decimal unit, string suffix) = value switch
        {
            >= 1_000_000_000_000 => (1_000_000_000_000m, "T"),
            >= 1_000_000_000 => (1_000_000_000m, "B"),
            >= 1_000_000 => (1_000_000m, "M"),
            >= 1_000 => (1_000m, "K"),
            _ => (1m, string.Empty),
        };
        return decimal.Round(value / unit, 3).ToString("0.###", CultureInfo.InvariantCulture) + suffix;
    }

    public static string Modalities(int flags)
    {
        var names = new List<string>();
        foreach (KeyValuePair<string, int> pair in Vocabulary.Modalities)
        {
            if ((flags & pair.Value) != 0)
            {
                names.Add(pair.Key);
            }
        }

        return string.Join(", ", names);
    }

    public static string Architecture(string member) => member switch
    {
        "Decoder" => "decoder-only",
        "EncoderDecoder" => "encoder-decoder",
        "Glm" => "GLM (autoregressive blank infilling)",
        "MultiTask" => "multi-task (ERNIE 3.0 style)",
        _ => member,
    };
}
