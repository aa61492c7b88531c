using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Cli.Validation;

/// <summary>What <see cref="TableValidator"/> found: every problem, and the catalog that could be built regardless.</summary>
internal sealed record ValidationReport(IReadOnlyList<string> Files, IReadOnlyList<CatalogDiagnostic> Diagnostics, CatalogModel Catalog)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// Checks a folder of tables with the generator's own Parse and Link stages, fed the way the build feeds them
/// (full paths, one file per table), so that <c>validate</c> and the build report the same problems.
/// </summary>
internal static class TableValidator
{
    /// <param name="builtIn">
    /// For a consumer's tables (its ModelCatalogTable files), the built-in catalog they are linked against, as the build
    /// links them; <c>null</c> for the built-in catalog's own tables.
    /// </param>
    /// <returns><c>null</c> when the folder holds no table at all.</returns>
    public static ValidationReport? Validate(string directory, ReferencedCatalog? builtIn = null)
    {
        List<string> files = Directory.EnumerateFiles(directory)
            .Where(f => TableFiles.TryGetKind(f, out _))
            .Select(Path.GetFullPath)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var tables = files.Select(ParseFile).ToList();
        LinkResult linked;
        try
        {
            linked = builtIn is null ? CatalogLinker.Link(tables) : ConsumerLinker.Link(tables, builtIn, classPrefix: string.Empty);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The generator turns a linker bug into MCAT901 rather than crash; so does the tool.
            var internalError = Rules.InternalError.At(SourceSpan.FileStart(directory), $"the catalog linker failed: {ex.GetType().Name}: {ex.Message}; please report this");
            return new ValidationReport(files, [internalError], CatalogModel.Empty);
        }

        return new ValidationReport(files, linked.Diagnostics.ToList(), linked.Catalog);
    }

    private static ParsedTable ParseFile(string path)
    {
        TableFiles.TryGetKind(path, out TableKind kind);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(kind, path, Rules.UnreadableFile.At(SourceSpan.FileStart(path), $"{path} could not be read: {ex.Message}"));
        }

        try
        {
            return CsvTableParser.Parse(kind, path, text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(kind, path, Rules.InternalError.At(SourceSpan.FileStart(path), $"the catalog parser failed on {path}: {ex.GetType().Name}: {ex.Message}; please report this"));
        }
    }

    private static ParsedTable Failed(TableKind kind, string path, CatalogDiagnostic diagnostic) =>
        new(kind, path, EquatableArray<RawRow>.Empty, new[] { diagnostic }.ToEquatableArray());
}
