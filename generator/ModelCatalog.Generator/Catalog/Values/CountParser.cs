using System.Globalization;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>Reads a count as the tables write it: <c>560M</c>, <c>7.1B</c>, <c>1.4T</c>, <c>125K</c> or a plain integer.</summary>
public static class CountParser
{
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        decimal multiplier = text[text.Length - 1] switch
        {
            'K' => 1_000m,
            'M' => 1_000_000m,
            'B' => 1_000_000_000m,
            'T' => 1_000_000_000_000m,
            _ => 1m,
        };
        string number = multiplier == 1m ? text : text.Substring(0, text.Length - 1);
        if (number.Length == 0 || number[0] == '.' || number[number.Length - 1] == '.')
        {
            return false;
        }

        foreach (char c in number)
        {
            if (!(c is >= '0' and <= '9' or '.'))
            {
                return false;
            }
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
        {
            return false;
        }

        if (multiplier == 1m && number.IndexOf('.') >= 0)
        {
            return false; // a plain count of parameters is whole
        }

        decimal total = parsed * multiplier;
        if (total <= 0 || total > long.MaxValue || total != decimal.Truncate(total))
        {
            return false;
        }

        value = (long)total;
        return true;
    }
}
