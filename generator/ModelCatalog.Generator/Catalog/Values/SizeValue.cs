using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// A parameter size as the tables write it. <see cref="Parameters"/> is the total (for a range, its upper end,
/// with <see cref="MinimumParameters"/> its lower end); <see cref="Experts"/> is set for a mixture of experts
/// (<c>8x7B</c>); an unknown size (<c>?</c>) has no parameters and <see cref="Known"/> false.
/// </summary>
public sealed record SizeValue(
    string Label,
    long Parameters,
    long MinimumParameters,
    int? Experts,
    bool Uncertain,
    bool Known)
{
    public bool IsRange => MinimumParameters != Parameters;

    /// <summary>Reads <c>LABEL</c>, <c>LABEL=COUNT</c>, either with a trailing <c>?</c>, or <c>?</c> alone.</summary>
    public static bool TryParse(string text, out SizeValue? size)
    {
        size = null;
        if (text == "?")
        {
            size = new SizeValue("?", 0, 0, null, Uncertain: true, Known: false);
            return true;
        }

        bool uncertain = text.EndsWith("?", System.StringComparison.Ordinal);
        string body = uncertain ? text.Substring(0, text.Length - 1) : text;
        string label = body;
        long? exact = null;
        int equals = body.IndexOf('=');
        if (equals >= 0)
        {
            label = body.Substring(0, equals);
            if (!CountParser.TryParse(body, equals + 1, body.Length - equals - 1, out long total))
            {
                return false;
            }

            exact = total;
        }

        if (!TryParseLabel(label, out long parameters, out long minimum, out int? experts))
        {
            return false;
        }

        if (exact is long e)
        {
            if (minimum != parameters)
            {
                return false; // a range has no single exact count
            }

            parameters = minimum = e;
        }

        size = new SizeValue(label, parameters, minimum, experts, uncertain, Known: true);
        return true;
    }

    private static bool TryParseLabel(string label, out long parameters, out long minimum, out int? experts)
    {
        parameters = minimum = 0;
        experts = null;
        int dash = label.IndexOf('-');
        if (dash >= 0)
        {
            if (!CountParser.TryParse(label, 0, dash, out minimum)
                || !CountParser.TryParse(label, dash + 1, label.Length - dash - 1, out parameters)
                || minimum >= parameters)
            {
                return false;
            }

            return true;
        }

        int times = label.IndexOf('x');
        if (times > 0)
        {
            if (!TryParseExperts(label, times, out int n)
                || n < 2
                || !CountParser.TryParse(label, times + 1, label.Length - times - 1, out long each)
                || each > long.MaxValue / n)
            {
                return false;
            }

            experts = n;
            parameters = minimum = each * n;
            return true;
        }

        if (!CountParser.TryParse(label, out parameters) || IsPlainInteger(label))
        {
            return false; // a label carries its unit; plain integers belong after '='
        }

        minimum = parameters;
        return true;
    }

    /// <summary>The digits before the <c>x</c>, as <c>int.TryParse</c> with <c>NumberStyles.None</c> reads them.</summary>
    private static bool TryParseExperts(string label, int length, out int experts)
    {
        experts = 0;
        long value = 0;
        for (int i = 0; i < length; i++)
        {
            char c = label[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            if (value > int.MaxValue)
            {
                return false;
            }
        }

        experts = (int)value;
        return true;
    }

    private static bool IsPlainInteger(string label) => label.Length > 0 && label[label.Length - 1] is >= '0' and <= '9';
}
