using System;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// Encodes the catalog's records as one string of UTF-16 code units, which the runtime's <c>CatalogData</c> reads
/// back. Numbers are written in 14-bit digits, least significant first, 0x4000 marking "more digits follow", so
/// every number character stays below the surrogate range. A string is its length, then its characters; an
/// optional value is written as 0 for none, or its value plus one.
/// Keep in step with src/ModelCatalog/Lookup/DataReader.cs.
/// </summary>
internal sealed class DataWriter
{
    // A growable array from CharArrays (as the output's, TextBuffer): the literal is written from it directly, no
    // string between; Release gives it back.
    private char[] _data;
    private int _length;

    public DataWriter(int capacity = 256) => _data = CharArrays.Rent(Math.Max(256, capacity));

    /// <summary>How many UTF-16 code units the records take (what the string heap budget counts).</summary>
    public int Length => _length;

    public void Long(long value)
    {
        ulong rest = (ulong)value;
        do
        {
            int digit = (int)(rest & 0x3FFF);
            rest >>= 14;
            Add((char)(rest != 0 ? digit | 0x4000 : digit));
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
        Add(value);
    }

    public void OptionalString(string? value)
    {
        if (value is null)
        {
            Long(0);
            return;
        }

        Long(value.Length + 1L);
        Add(value);
    }

    public void Strings(EquatableArray<string> values)
    {
        Long(values.Count);
        foreach (string value in values)
        {
            String(value);
        }
    }

    public void Ints(EquatableArray<int> values)
    {
        Long(values.Count);
        foreach (int value in values)
        {
            Int(value);
        }
    }

    /// <summary>Writes the records as a C# string literal (<see cref="Literals.AppendAscii"/>).</summary>
    public void AppendLiteral(TextBuffer builder) => Literals.AppendAscii(builder, _data, _length);

    /// <summary>The length of <see cref="AppendLiteral"/>'s output.</summary>
    public long LiteralLength() => Literals.AsciiLength(_data, _length);

    public override string ToString() => new string(_data, 0, _length);

    private void Add(char c)
    {
        if (_length == _data.Length)
        {
            Grow(1);
        }

        _data[_length++] = c;
    }

    private void Add(string value)
    {
        if (_length + value.Length > _data.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(0, _data, _length, value.Length);
        _length += value.Length;
    }

    /// <summary>Gives the array back to the pool; the writer must not be used again.</summary>
    public void Release()
    {
        char[] data = _data;
        _data = Array.Empty<char>();
        _length = 0;
        CharArrays.Return(data);
    }

    private void Grow(int needed) => _data = CharArrays.Grow(_data, _length, needed);
}
