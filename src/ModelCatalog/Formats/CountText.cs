using System.Globalization;

namespace ModelCatalog.Formats;

/// <summary>
/// Counts (of parameters, of training tokens) as the tables write them: a number with a unit, <c>560M</c>,
/// <c>7.1B</c>, <c>1.4T</c>, <c>125K</c>, or a plain integer. The one reader and the one writer of that format, for
/// the generator, the runtime and the CLI (linked source, like <see cref="TableWords"/>).
/// </summary>
internal static class CountText
{
    private static readonly (long Unit, char Suffix)[] Units =
    {
        (1_000_000_000_000L, 'T'), (1_000_000_000L, 'B'), (1_000_000L, 'M'), (1_000L, 'K'),
    };

    public static bool TryParse(string text, out long value) => TryParse(text, 0, text.Length, out value);

    /// <summary>Reads the count at <paramref name="start"/> of <paramref name="text"/> (part of a size label).</summary>
    public static bool TryParse(string text, int start, int length, out long value)
    {
        value = 0;
        if (length <= 0)
        {
            return false;
        }

        long unit = UnitOf(text[start + length - 1]);
        int digits = unit == 1 ? length : length - 1;
        if (digits == 0 || text[start] == '.' || text[start + digits - 1] == '.')
        {
            return false;
        }

        for (int i = start; i < start + digits; i++)
        {
            if (text[i] is not ((>= '0' and <= '9') or '.'))
            {
                return false; // no sign, exponent or group separator: decimal.TryParse alone would take them
            }
        }

        if (!decimal.TryParse(text.Substring(start, digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number)
            || (unit == 1 && number != decimal.Truncate(number)))
        {
            return false; // a plain count is whole
        }

        decimal total = number * unit;
        if (total <= 0 || total > long.MaxValue || total != decimal.Truncate(total))
        {
            return false;
        }

        value = (long)total;
        return true;
    }

    /// <summary>
    /// The count with the largest unit it reaches and as many decimals as it takes to stay exact: <c>15T</c>,
    /// <c>46.7B</c>, <c>124.439808M</c>, <c>999</c>. It reads back to the same number, and its first figures are the
    /// ones a reader wants.
    /// </summary>
    public static string Format(long value)
    {
        foreach ((long unit, char suffix) in Units)
        {
            if (value >= unit)
            {
                return ((decimal)value / unit).ToString("0.############", CultureInfo.InvariantCulture) + suffix;
            }
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static long UnitOf(char suffix)
    {
        foreach ((long unit, char s) in Units)
        {
            if (s == suffix)
            {
                return unit;
            }
        }

        return 1;
    }
}
