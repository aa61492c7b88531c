using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>The id rule: lowercase ASCII letters and digits in groups joined by one <c>-</c>, <c>.</c> or <c>_</c>.</summary>
public static class Slug
{
    public static bool IsValid(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        bool previousWasSeparator = true;
        foreach (char c in value)
        {
            bool isSeparator = c is '-' or '.' or '_';
            if (isSeparator)
            {
                if (previousWasSeparator)
                {
                    return false;
                }
            }
            else if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                return false;
            }

            previousWasSeparator = isSeparator;
        }

        return !previousWasSeparator;
    }
}
