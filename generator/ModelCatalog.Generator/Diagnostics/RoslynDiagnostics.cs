using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ModelCatalog.Generator.Diagnostics;

/// <summary>Turns a plain catalog diagnostic into the compiler's, making its <see cref="Location"/> only now.</summary>
internal static class RoslynDiagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Descriptors.All.ToDictionary(d => d.Id);

    public static Diagnostic Create(CatalogDiagnostic diagnostic)
    {
        DiagnosticDescriptor descriptor = ById.TryGetValue(diagnostic.Id, out DiagnosticDescriptor? known)
            ? known
            : Descriptors.InternalError;
        Location location = diagnostic.Span.Path.Length == 0
            ? Location.None
            : Location.Create(
                diagnostic.Span.Path,
                new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length),
                new LinePositionSpan(
                    new LinePosition(diagnostic.Span.StartLine, diagnostic.Span.StartColumn),
                    new LinePosition(diagnostic.Span.EndLine, diagnostic.Span.EndColumn)));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }
}
