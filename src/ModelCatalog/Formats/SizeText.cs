namespace ModelCatalog.Formats;

/// <summary>
/// A parameter size as the tables write it: <c>LABEL</c> or <c>LABEL=COUNT</c>, either with a trailing <c>?</c> for
/// a doubt, or <c>?</c> alone for an unknown size. A label is a count with its unit (<c>7B</c>), a mixture of experts
/// (<c>8x7B</c>) or a range (<c>125M-175B</c>); <c>=COUNT</c> gives the exact total where the label rounds it
/// (<c>8B=8.03B</c>). The one reader and writer of that format (linked source, like <see cref="TableWords"/>).
/// </summary>
internal static class SizeText
{
    /// <summary>What a size cell says. <see cref="Known"/> is false for <c>?</c>.</summary>
    public readonly struct Parts
    {
        public Parts(string label, long parameters, long minimumParameters, int experts, bool hasExplicitCount, bool uncertain)
        {
            Label = label;
            Parameters = parameters;
            MinimumParameters = minimumParameters;
            Experts = experts;
            HasExplicitCount = hasExplicitCount;
            Uncertain = uncertain;
        }

        public string Label { get; }

        /// <summary>The total; for a range, its upper end.</summary>
        public long Parameters { get; }

        public long MinimumParameters { get; }

        /// <summary>The experts of a mixture of experts, or 0.</summary>
        public int Experts { get; }

        /// <summary>Whether the cell gives the count after <c>=</c>, rather than only the label.</summary>
        public bool HasExplicitCount { get; }

        public bool Uncertain { get; }

        public bool Known => Label != Unknown;
    }

    public const string Unknown = "?";

    public static bool TryParse(string text, out Parts size)
    {
        size = default;
        if (text == Unknown)
        {
            size = new Parts(Unknown, 0, 0, 0, hasExplicitCount: false, uncertain: true);
            return true;
        }

        bool uncertain = text.EndsWith(Unknown, System.StringComparison.Ordinal);
        string body = uncertain ? text.Substring(0, text.Length - 1) : text;
        int equals = body.IndexOf('=');
        string label = equals >= 0 ? body.Substring(0, equals) : body;
        if (!TryParseLabel(label, out long parameters, out long minimum, out int experts))
        {
            return false;
        }

        if (equals >= 0)
        {
            if (minimum != parameters || !CountText.TryParse(body, equals + 1, body.Length - equals - 1, out parameters))
            {
                return false; // a range has no single exact count
            }

            minimum = parameters;
        }

        size = new Parts(label, parameters, minimum, experts, hasExplicitCount: equals >= 0, uncertain);
        return true;
    }

    /// <summary>The cell for a size: <c>LABEL</c>, <c>=COUNT</c> when the source gave one, <c>?</c> for a doubt.</summary>
    public static string Format(string label, long parameters, bool hasExplicitCount, bool uncertain)
    {
        if (label == Unknown)
        {
            return Unknown;
        }

        string text = hasExplicitCount ? label + "=" + CountText.Format(parameters) : label;
        return uncertain ? text + Unknown : text;
    }

    private static bool TryParseLabel(string label, out long parameters, out long minimum, out int experts)
    {
        parameters = minimum = 0;
        experts = 0;
        int dash = label.IndexOf('-');
        if (dash >= 0)
        {
            return CountText.TryParse(label, 0, dash, out minimum)
                && CountText.TryParse(label, dash + 1, label.Length - dash - 1, out parameters)
                && minimum < parameters;
        }

        int times = label.IndexOf('x');
        if (times > 0)
        {
            if (!int.TryParse(label.Substring(0, times), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out experts)
                || experts < 2
                || !CountText.TryParse(label, times + 1, label.Length - times - 1, out long each)
                || each > long.MaxValue / experts)
            {
                experts = 0;
                return false;
            }

            parameters = minimum = each * experts;
            return true;
        }

        if (!CountText.TryParse(label, out parameters) || label[label.Length - 1] is >= '0' and <= '9')
        {
            return false; // a label carries its unit; plain integers belong after '='
        }

        minimum = parameters;
        return true;
    }
}
