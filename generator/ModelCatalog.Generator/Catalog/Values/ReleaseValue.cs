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
        string datePart = text;
        int colon = text.IndexOf(':');
        if (colon >= 0)
        {
            version = text.Substring(0, colon).Trim();
            datePart = text.Substring(colon + 1).Trim();
            if (version.Length == 0 || datePart.IndexOf(':') >= 0)
            {
                return false;
            }
        }

        if (!DateValue.TryParse(datePart, out DateValue date))
        {
            badDate = datePart;
            return false;
        }

        release = new ReleaseValue(version, date);
        return true;
    }
}
