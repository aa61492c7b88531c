using System;

namespace ModelCatalog.Lookup;

/// <summary>
/// Reads the records the generator encoded into one string (generator/ModelCatalog.Generator/Emit/DataWriter.cs):
/// numbers in 14-bit digits, least significant first, 0x4000 meaning "more follow"; strings as their length and
/// characters; optional values as 0 for none or the value plus one. Each method reads what the writer's method of the
/// same name wrote; the generated <c>ReadRecords</c> methods call them in the order of the generator's field lists
/// (Emit/Field.cs and the entity writers), the one place that says what a record holds.
/// </summary>
internal sealed class DataReader
{
    private readonly string _data;
    private int _position;

    public DataReader(string data) => _data = data;

    public long Long()
    {
        ulong value = 0;
        int shift = 0;
        char c;
        do
        {
            c = _data[_position++];
            value |= (ulong)(c & 0x3FFF) << shift;
            shift += 14;
        }
        while ((c & 0x4000) != 0);

        return (long)value;
    }

    public int Int() => checked((int)Long());

    public long? OptionalLong() => Long() is var v && v == 0 ? null : v - 1;

    public int? OptionalInt() => Int() is var v && v == 0 ? null : v - 1;

    public bool Bool() => Long() != 0;

    public bool? OptionalBool() => Long() switch
    {
        0 => null,
        1 => false,
        _ => true,
    };

    public string String()
    {
        int length = Int();
        string value = _data.Substring(_position, length);
        _position += length;
        return value;
    }

    public string? OptionalString()
    {
        int length = Int();
        if (length == 0)
        {
            return null;
        }

        string value = _data.Substring(_position, length - 1);
        _position += length - 1;
        return value;
    }

    public string[] Strings()
    {
        int count = Int();
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var values = new string[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = String();
        }

        return values;
    }

    /// <summary>
    /// A list of numbers. The runtime lets an <c>int[]</c> be used as an array of any enum over <c>int</c>
    /// (<c>(ModelId[])(object)ints</c>), so one non-generic method serves ids and languages alike.
    /// </summary>
    public int[] Ints()
    {
        int count = Int();
        if (count == 0)
        {
            return Array.Empty<int>();
        }

        var values = new int[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = Int();
        }

        return values;
    }

    /// <summary>Releases: a count, then per release its version (optional) and its date's year, month and day.</summary>
    public Release[] Releases()
    {
        int count = Int();
        if (count == 0)
        {
            return Array.Empty<Release>();
        }

        var releases = new Release[count];
        for (int i = 0; i < releases.Length; i++)
        {
            releases[i] = Release();
        }

        return releases;
    }

    /// <summary>A release that may be missing (a checkpoint's): a flag, then the release as in <see cref="Releases"/>.</summary>
    public Release? OptionalRelease() => Bool() ? Release() : null;

    private Release Release()
    {
        string? version = OptionalString();
        int year = Int(), month = Int(), day = Int();
        return new Release(version, new ReleaseDate(year, month, day));
    }

    /// <summary>Sizes: a count, then per size whether it is known and, when it is, its label, counts, experts, doubt and whether the count was written out.</summary>
    public ParameterCount[] Sizes()
    {
        var sizes = new ParameterCount[Int()];
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = Size();
        }

        return sizes;
    }

    /// <summary>One size (a checkpoint's), as each of <see cref="Sizes"/> is read.</summary>
    public ParameterCount Size() =>
        Bool() ? new ParameterCount(String(), Long(), Long(), OptionalInt(), Bool(), Bool()) : ParameterCount.Unknown;
}
