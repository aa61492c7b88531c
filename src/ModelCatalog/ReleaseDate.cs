using System;
using System.Globalization;

namespace ModelCatalog;

/// <summary>
/// A date that may be partial, as sources give them: a year (<c>2023</c>), a month (<c>2023-08</c>) or a day
/// (<c>2023-03-14</c>). Prints with the precision it has. Compares chronologically by its first day, a less
/// precise date first on ties (<c>2023</c> &lt; <c>2023-01</c> &lt; <c>2023-01-01</c>).
/// </summary>
public readonly struct ReleaseDate : IEquatable<ReleaseDate>, IComparable<ReleaseDate>, IComparable
{
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>A year only.</summary>
    public ReleaseDate(int year)
        : this(year, 0, 0)
    {
    }

    /// <summary>A month of a year.</summary>
    public ReleaseDate(int year, int month)
        : this(year, month, 0)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }
    }

    /// <summary>A day.</summary>
    public ReleaseDate(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (month is < 0 or > 12 || (month == 0 && day != 0) || day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "Not a calendar date.");
        }

        Year = year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The first day of the period the date stands for.</summary>
    public DateTime Start => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Reads <c>2023</c>, <c>2023-08</c> or <c>2023-03-14</c>.</summary>
    public static bool TryParse(string? text, out ReleaseDate date)
    {
        date = default;
        if (text is null || text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        string[] parts = text.Split('-');
        int[] numbers = new int[parts.Length];
        int[] widths = { 4, 2, 2 };
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != widths[i] || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        int year = numbers[0], month = parts.Length > 1 ? numbers[1] : 0, day = parts.Length > 2 ? numbers[2] : 0;
        if (year < 1 || month > 12 || (parts.Length > 1 && month < 1) || (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }

        date = new ReleaseDate(year, month, day);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(ReleaseDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0)
        {
            c = _month.CompareTo(other._month);
        }

        return c != 0 ? c : _day.CompareTo(other._day);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReleaseDate other => CompareTo(other),
        _ => throw new ArgumentException("Not a ReleaseDate.", nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(ReleaseDate other) => Year == other.Year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReleaseDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year * 16 + _month) * 32 + _day;

    /// <summary>The date with the precision it has: <c>2023</c>, <c>2023-08</c>, <c>2023-03-14</c>.</summary>
    public override string ToString() =>
        _month == 0 ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : _day == 0 ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, _month)
        : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, _month, _day);

#pragma warning disable CS1591 // the operators mean what they say
    public static bool operator ==(ReleaseDate left, ReleaseDate right) => left.Equals(right);

    public static bool operator !=(ReleaseDate left, ReleaseDate right) => !left.Equals(right);

    public static bool operator <(ReleaseDate left, ReleaseDate right) => left.CompareTo(right) < 0;

    public static bool operator >(ReleaseDate left, ReleaseDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReleaseDate left, ReleaseDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReleaseDate left, ReleaseDate right) => left.CompareTo(right) >= 0;
#pragma warning restore CS1591
}
