using System.Collections.Generic;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// Encodes the catalog's records as one string of UTF-16 code units, which the generated reader reads
/// back. Numbers are written in 14-bit digits, least significant first, 0x4000 marking "more digits follow", so
/// every number character stays below the surrogate range. A string is its length, then its characters; an
/// optional value is written as 0 for none, or its value plus one.
/// Each method has a twin of the same name in src/ModelCatalog/Lookup/DataReader.cs; which ones a record uses, in
/// which order, is said once, by the fields of its writer (<see cref="Field"/>).
/// </summary>
internal sealed class DataWriter
{
    private readonly System.Text.StringBuilder _data = new();

    /// <summary>How many UTF-16 code units the records take (what the string heap budget counts).</summary>
    public int Length => _data.Length;

    public void Long(long value)
    {
        ulong rest = (ulong)value;
        do
        {
            int digit = (int)(rest & 0x3FFF);
            rest >>= 14;
            _data.Append((char)(rest != 0 ? digit | 0x4000 : digit));
        }
        while (rest != 0);
    }

    public void Int(int value) => Long(value);

    public void OptionalLong(long? value) => Long(value is long v ? v + 1 : 0);

    public void OptionalInt(int? value) => Long(value is int v ? v + 1L : 0);

    public void Bool(bool value) => Long(value ? 1 : 0);

    /// <summary>0 for unknown, 1 for no, 2 for yes.</summary>
    public void OptionalBool(bool? value) => Long(value is bool v ? (v ? 2 : 1) : 0);

    public void String(string value)
    {
        Long(value.Length);
        _data.Append(value);
    }

    public void OptionalString(string? value)
    {
        if (value is null)
        {
            Long(0);
            return;
        }

        Long(value.Length + 1L);
        _data.Append(value);
    }

    public void Strings(EquatableArray<string> values)
    {
        Long(values.Count);
        foreach (string value in values)
        {
            String(value);
        }
    }

    public void Ints(IReadOnlyList<int> values)
    {
        Long(values.Count);
        foreach (int value in values)
        {
            Int(value);
        }
    }

    /// <summary>A count, then per release its version (optional) and its date's year, month and day (0 when unknown).</summary>
    public void Releases(EquatableArray<ReleaseValue> releases)
    {
        Long(releases.Count);
        foreach (ReleaseValue release in releases)
        {
            Release(release);
        }
    }

    /// <summary>A release that may be missing (a checkpoint's): a flag, then the release as in <see cref="Releases"/>.</summary>
    public void OptionalRelease(ReleaseValue? release)
    {
        Bool(release is not null);
        if (release is ReleaseValue value)
        {
            Release(value);
        }
    }

    private void Release(ReleaseValue release)
    {
        OptionalString(release.Version);
        Int(release.Date.Year);
        Int(release.Date.Month);
        Int(release.Date.Day);
    }

    /// <summary>A count, then per size whether it is known and, when it is, its label, counts, experts, doubt and whether the count was written out.</summary>
    public void Sizes(EquatableArray<SizeValue> sizes)
    {
        Long(sizes.Count);
        foreach (SizeValue size in sizes)
        {
            Size(size);
        }
    }

    /// <summary>One size (a checkpoint's), as each of <see cref="Sizes"/> is written.</summary>
    public void Size(SizeValue size)
    {
        Bool(size.Known);
        if (size.Known)
        {
            String(size.Label);
            Long(size.Parameters);
            Long(size.MinimumParameters);
            OptionalInt(size.Experts);
            Bool(size.Uncertain);
            Bool(size.ExplicitCount);
        }
    }

    /// <summary>Writes the records as a C# string literal (<see cref="Literals.AppendAscii"/>).</summary>
    public void AppendLiteral(System.Text.StringBuilder builder) => Literals.AppendAscii(builder, _data.ToString());

    public override string ToString() => _data.ToString();
}
