using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Diagnostics;

/// <summary>
/// A problem found in the catalog's tables. Plain, equatable data: the generator turns it into a Roslyn
/// <c>Diagnostic</c>, the command-line tool prints it in the compiler's format.
/// </summary>
public sealed record CatalogDiagnostic(string Id, Severity Severity, string Message, SourceSpan Span)
{
    /// <summary>The compiler's format: <c>path(line,col): error MCAT123: message</c>.</summary>
    public override string ToString() =>
        $"{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
