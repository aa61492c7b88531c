using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    [MethodImpl(Jit.Optimized)]
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

            Date(code.Builder, release.Date);
        }
    }

    [MethodImpl(Jit.Optimized)]
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

    /// <summary>As <see cref="DateValue.ToString"/> writes it, without the string.</summary>
    private static void Date(TextBuffer builder, DateValue date)
    {
        Digits(builder, date.Year, 4);
        if (date.Month != 0)
        {
            Digits(builder.Append('-'), date.Month, 2);
            if (date.Day != 0)
            {
                Digits(builder.Append('-'), date.Day, 2);
            }
        }
    }

    private static void Digits(TextBuffer builder, int value, int width)
    {
        if (value < 0 || value >= Pow10(width))
        {
            builder.Append(value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            return;
        }

        for (int divisor = Pow10(width - 1); divisor > 0; divisor /= 10)
        {
            builder.Append((char)('0' + (value / divisor % 10)));
        }
    }

    private static int Pow10(int n)
    {
        int result = 1;
        for (int i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }
}
