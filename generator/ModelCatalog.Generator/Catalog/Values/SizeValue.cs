using ModelCatalog.Formats;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// A parameter size as the tables write it (the format is <see cref="SizeText"/>'s). <see cref="Parameters"/> is the
/// total (for a range, its upper end, with <see cref="MinimumParameters"/> its lower end); <see cref="Experts"/> is
/// set for a mixture of experts (<c>8x7B</c>); <see cref="ExplicitCount"/> says the cell gave the count after
/// <c>=</c>; an unknown size (<c>?</c>) has no parameters and <see cref="Known"/> false.
/// </summary>
public sealed record SizeValue(
    string Label,
    long Parameters,
    long MinimumParameters,
    int? Experts,
    bool Uncertain,
    bool Known,
    bool ExplicitCount = false)
{
    public bool IsRange => MinimumParameters != Parameters;

    /// <summary>Reads <c>LABEL</c>, <c>LABEL=COUNT</c>, either with a trailing <c>?</c>, or <c>?</c> alone.</summary>
    public static bool TryParse(string text, out SizeValue? size)
    {
        if (!SizeText.TryParse(text, out SizeText.Parts parts))
        {
            size = null;
            return false;
        }

        size = new SizeValue(
            parts.Label,
            parts.Parameters,
            parts.MinimumParameters,
            parts.Experts == 0 ? null : parts.Experts,
            parts.Uncertain,
            parts.Known,
            parts.HasExplicitCount);
        return true;
    }
}
