using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Emit;

/// <summary>The files the Emit stage produced, and the internal error that made it fall back, if any.</summary>
public sealed record EmitResult(EquatableArray<GeneratedFile> Files, CatalogDiagnostic? Error)
{
    /// <summary>No files: a consumer's project without tables.</summary>
    public static readonly EmitResult Nothing = new(EquatableArray<GeneratedFile>.Empty, null);
}
