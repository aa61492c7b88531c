namespace ModelCatalog.Generator.Diagnostics;

/// <summary>One kind of catalog problem: its stable id, a short title and its default severity.</summary>
public sealed record Rule(string Id, string Title, Severity Severity, string Category)
{
    public CatalogDiagnostic At(Common.SourceSpan span, string message) => new(Id, Severity, message, span);
}
