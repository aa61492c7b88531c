namespace ModelCatalog.Generator.Common;

/// <summary>
/// Where a piece of text stands in a file: the character offset and length (for the compiler's
/// <c>TextSpan</c>) and the 0-based line and column of its start and end (for messages).
/// Plain data, no Roslyn types, so that the command-line tool can use it without the compiler.
/// </summary>
public readonly record struct SourceSpan(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>The whole-file position used when nothing more precise is known.</summary>
    public static SourceSpan FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>The position as the compiler prints it: <c>path(line,column)</c>, 1-based.</summary>
    public override string ToString() => $"{Path}({StartLine + 1},{StartColumn + 1})";
}
