using System.Collections.Generic;
using System.Globalization;
using ModelCatalog.Formats;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>Human-readable renderings of facts for the XML docs, written straight into the output.</summary>
internal sealed class Facts
{
    // Sizes and counts repeat across a catalog (7B, 13B, 2T): each is rendered once per emit run.
    private readonly Dictionary<SizeValue, string> _sizes = new();
    private readonly Dictionary<long, string> _counts = new();

    /// <summary><c>DATE</c> or <c>VERSION: DATE</c>, joined by <c>; </c>; versions escaped.</summary>
    public static void Releases(CodeWriter code, EquatableArray<ReleaseValue> releases)
    {
        for (int i = 0; i < releases.Count; i++)
        {
            ReleaseValue release = releases[i];
            if (i > 0)
            {
                code.Text("; ");
            }

            if (release.Version is string version)
            {
                code.Doc(version).Text(": ");
            }

            code.Text(release.Date.ToString());
        }
    }

    public void Sizes(CodeWriter code, EquatableArray<SizeValue> sizes)
    {
        for (int i = 0; i < sizes.Count; i++)
        {
            if (i > 0)
            {
                code.Text(", ");
            }

            code.Doc(Size(sizes[i]));
        }
    }

    public string Size(SizeValue size)
    {
        if (!_sizes.TryGetValue(size, out string? text))
        {
            text = Describe(size);
            _sizes[size] = text;
        }

        return text;
    }

    public string Count(long value)
    {
        if (!_counts.TryGetValue(value, out string? text))
        {
            text = CountText.Format(value);
            _counts[value] = text;
        }

        return text;
    }

    /// <summary>The modality words of the flags, in <see cref="TableWords.Modalities"/> order, joined by <c>, </c>.</summary>
    public static void Modalities(CodeWriter code, int flags)
    {
        code.Text(string.Join(", ", TableWords.ModalityWords(flags)));
    }

    public static string Architecture(string member) => member switch
    {
        "Decoder" => "decoder-only",
        "EncoderDecoder" => "encoder-decoder",
        "Glm" => "GLM (autoregressive blank infilling)",
        "MultiTask" => "multi-task (ERNIE 3.0 style)",
        _ => member,
    };

    private string Describe(SizeValue size)
    {
        if (!size.Known)
        {
            return "unknown";
        }

        string text = size.Label + (size.Uncertain ? "?" : string.Empty);
        return size.ExplicitCount ? $"{text} ({Count(size.Parameters)} parameters)" : text;
    }
}
