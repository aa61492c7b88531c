using System.Collections.Generic;

namespace ModelCatalog.Generator.Common;

/// <summary>Turns character offsets of one text into line and column numbers (0-based), by binary search.</summary>
public sealed class LineMap
{
    private readonly string _path;
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string path, string text)
    {
        _path = path;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineCount => _lineStarts.Count;

    /// <summary>The offset at which 0-based <paramref name="line"/> starts; the end of the text past the last line.</summary>
    public int LineStart(int line) => _lineStarts[line < 0 ? 0 : line >= _lineStarts.Count ? _lineStarts.Count - 1 : line];

    public int LineOf(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    public SourceSpan Span(int start, int length)
    {
        int startLine = LineOf(start);
        int endLine = LineOf(start + length);
        return new SourceSpan(
            _path,
            start,
            length,
            startLine,
            start - _lineStarts[startLine],
            endLine,
            start + length - _lineStarts[endLine]);
    }
}
