using System;

namespace ModelCatalog.Generator.Emit;

/// <summary>
/// The emitters' output before it becomes a string: a character array from <see cref="CharArrays"/>, pooled up to
/// a size. A pooled array is reused from one run to the next instead of being allocated on the large object heap
/// (and zeroed) each time, which also spares the compiler's process the full garbage collections that large
/// allocations bring on. The final string is the one allocation that stays.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars;
    private int _length;

    public TextBuffer(int capacity) => _chars = CharArrays.Rent(Math.Max(capacity, 256));

    public int Length => _length;

    public char this[int index] => _chars[index];

    public TextBuffer Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
        return this;
    }

    public TextBuffer Append(char c, int repeat)
    {
        if (_length + repeat > _chars.Length)
        {
            Grow(repeat);
        }

        for (int i = 0; i < repeat; i++)
        {
            _chars[_length++] = c;
        }

        return this;
    }

    public TextBuffer Append(string text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(0, _chars, _length, text.Length);
        _length += text.Length;
        return this;
    }

    public TextBuffer Append(char[] chars, int start, int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        Array.Copy(chars, start, _chars, _length, count);
        _length += count;
        return this;
    }

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>The text, after which the array goes back to the pool and this buffer must not be used again.</summary>
    public string Release()
    {
        string text = ToString();
        char[] chars = _chars;
        _chars = Array.Empty<char>();
        _length = 0;
        CharArrays.Return(chars);
        return text;
    }

    private void Grow(int needed) => _chars = CharArrays.Grow(_chars, _length, needed);
}
