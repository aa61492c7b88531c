using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>One release of a model: an optional version label and its date.</summary>
public sealed record ReleaseValue(string? Version, DateValue Date)
{
    /// <summary>Reads <c>DATE</c> or <c>VERSION: DATE</c>.</summary>
    public static bool TryParse(string text, out ReleaseValue? release, out string? badDate)
    {
        release = null;
        badDate = null;
        string? version = null;
        int dateStart = 0, dateEnd = text.Length;
        int colon = text.IndexOf(':');
        if (colon >= 0)
        {
            // Trimmed by index: the version is the only part kept as a string.
            int versionStart = 0, versionEnd = colon;
            Trim(text, ref versionStart, ref versionEnd);
            dateStart = colon + 1;
            Trim(text, ref dateStart, ref dateEnd);
            if (versionEnd == versionStart || text.IndexOf(':', dateStart, dateEnd - dateStart) >= 0)
            {
                return false;
            }

            version = text.Substring(versionStart, versionEnd - versionStart);
        }

        if (!DateValue.TryParse(text, dateStart, dateEnd - dateStart, out DateValue date))
        {
            badDate = text.Substring(dateStart, dateEnd - dateStart);
            return false;
        }

        release = new ReleaseValue(version, date);
        return true;
    }

    /// <summary>Narrows [start, end) as <see cref="string.Trim()"/> would.</summary>
    private static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }
}
