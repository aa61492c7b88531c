using System;

namespace ModelCatalog.Generator.Diagnostics;

/// <summary>A stable order for reporting: by file, then position, then id, so output is the same on every run.</summary>
public static class DiagnosticOrder
{
    public static int Compare(CatalogDiagnostic a, CatalogDiagnostic b)
    {
        int c = string.CompareOrdinal(a.Span.Path, b.Span.Path);
        if (c == 0)
        {
            c = a.Span.Start.CompareTo(b.Span.Start);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Id, b.Id);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
