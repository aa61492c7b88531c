using System.Globalization;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>Reads a count as the tables write it: <c>560M</c>, <c>7.1B</c>, <c>1.4T</c>, <c>125K</c> or a plain integer.</summary>
public static class CountParser
{
    /// <summary>Digits that always fit a long: such numbers are read in place, without a substring.</summary>
    private const int FastDigits = 18;

    public static bool TryParse(string text, out long value) => TryParse(text, 0, text.Length, out value);

    /// <summary>Reads the count at <paramref name="start"/> of <paramref name="text"/> (part of a size label).</summary>
    public static bool TryParse(string text, int start, int length, out long value)
    {
        value = 0;
        if (length == 0)
        {
            return false;
        }

        decimal multiplier = text[start + length - 1] switch
        {
            'K' => 1_000m,
            'M' => 1_000_000m,
            'B' => 1_000_000_000m,
            'T' => 1_000_000_000_000m,
            _ => 1m,
        };
        int numberLength = multiplier == 1m ? length : length - 1;
        if (numberLength == 0 || text[start] == '.' || text[start + numberLength - 1] == '.')
        {
            return false;
        }

        int dots = 0;
        for (int i = start; i < start + numberLength; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                dots++;
            }
            else if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        decimal parsed;
        if (numberLength <= FastDigits)
        {
            if (dots > 1)
            {
                return false; // as decimal.TryParse says of a second decimal point
            }

            parsed = Exact(text, start, numberLength);
        }
        else if (!decimal.TryParse(text.Substring(start, numberLength), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out parsed))
        {
            return false;
        }

        if (multiplier == 1m && dots > 0)
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

    /// <summary>Digits with at most one decimal point, at most 18 characters: the exact decimal, as TryParse reads it.</summary>
    private static decimal Exact(string text, int start, int length)
    {
        long mantissa = 0;
        byte scale = 0;
        bool fraction = false;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                fraction = true;
                continue;
            }

            mantissa = (mantissa * 10) + (c - '0');
            if (fraction)
            {
                scale++;
            }
        }

        return new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, scale);
    }
}
