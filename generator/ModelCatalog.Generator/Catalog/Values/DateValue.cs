using System;
using System.Globalization;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>A date that may be partial: a year, a month of a year, or a day. Month and Day are 0 when absent.</summary>
public readonly record struct DateValue(int Year, int Month, int Day)
{
    /// <summary>Reads <c>2023</c>, <c>2023-08</c> or <c>2023-03-14</c> (zero-padded, a real calendar date).</summary>
    public static bool TryParse(string text, out DateValue date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10) || !Digits(text, 0, 4))
        {
            return false;
        }

        int year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
        int month = 0, day = 0;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !Digits(text, 5, 2))
            {
                return false;
            }

            month = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !Digits(text, 8, 2))
            {
                return false;
            }

            day = int.Parse(text.Substring(8, 2), CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
        }

        if (year < 1900)
        {
            return false;
        }

        date = new DateValue(year, month, day);
        return true;
    }

    public override string ToString() =>
        Month == 0 ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day == 0 ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month)
        : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);

    private static bool Digits(string text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
