using System.Collections.Generic;

namespace ModelCatalog.Generator.Common;

/// <summary>Turns character offsets of one text into line and column numbers (0-based).</summary>
public sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly string _path;
    private readonly int[] _lineStarts;

    public LineMap(string path, string text)
    {
        _path = path;
        var starts = new List<int>(1 + (text.Length / 64)) { 0 };
        // Jumps from line break to line break (a vectorized search) rather than looking at every character.
        int i = text.IndexOfAny(LineBreaks);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1;
        }

        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset at which 0-based <paramref name="line"/> starts; the end of the text past the last line.</summary>
    public int LineStart(int line) => _lineStarts[line < 0 ? 0 : line >= _lineStarts.Length ? _lineStarts.Length - 1 : line];

    public int LineOf(int offset)
    {
        int index = System.Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public SourceSpan Span(int start, int length) => Span(start, length, LineOf(start));

    /// <summary>
    /// The span of a cell of a record that starts on <paramref name="line"/>: its line is found by walking on from
    /// there (a cell is nearly always on its record's first line), not by a search over the whole file.
    /// </summary>
    public SourceSpan Span(int start, int length, int line)
    {
        int startLine = LineAtOrAfter(start, line);
        int endLine = LineAtOrAfter(start + length, startLine);
        return new SourceSpan(
            _path,
            start,
            length,
            startLine,
            start - _lineStarts[startLine],
            endLine,
            start + length - _lineStarts[endLine]);
    }

    private int LineAtOrAfter(int offset, int line)
    {
        if (line < 0 || line >= _lineStarts.Length || _lineStarts[line] > offset)
        {
            return LineOf(offset);
        }

        while (line + 1 < _lineStarts.Length && _lineStarts[line + 1] <= offset)
        {
            line++;
        }

        return line;
    }
}
