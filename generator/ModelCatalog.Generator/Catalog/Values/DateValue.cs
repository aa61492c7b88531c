using System.Globalization;
using System;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>A date that may be partial: a year, a month of a year, or a day. Month and Day are 0 when absent.</summary>
public readonly record struct DateValue(int Year, int Month, int Day)
{
    /// <summary>Reads <c>2023</c>, <c>2023-08</c> or <c>2023-03-14</c> (zero-padded, a real calendar date).</summary>
    public static bool TryParse(string text, out DateValue date) => TryParse(text, 0, text.Length, out date);

    /// <summary>Reads the date at <paramref name="start"/> of <paramref name="text"/> (the date of a release).</summary>
    public static bool TryParse(string text, int start, int length, out DateValue date)
    {
        date = default;
        if (length is not (4 or 7 or 10) || !Digits(text, start, 4))
        {
            return false;
        }

        int year = Number(text, start, 4);
        int month = 0, day = 0;
        if (length >= 7)
        {
            if (text[start + 4] != '-' || !Digits(text, start + 5, 2))
            {
                return false;
            }

            month = Number(text, start + 5, 2);
            if (month is < 1 or > 12)
            {
                return false;
            }
        }

        if (length == 10)
        {
            if (text[start + 7] != '-' || !Digits(text, start + 8, 2))
            {
                return false;
            }

            day = Number(text, start + 8, 2);
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

    /// <summary>The value of ASCII digits already checked by <see cref="Digits"/>.</summary>
    private static int Number(string text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

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
