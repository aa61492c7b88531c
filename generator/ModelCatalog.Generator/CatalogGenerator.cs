using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Emit;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator;

/// <summary>
/// Turns the catalog's CSV tables (AdditionalFiles named organizations.csv, templates.csv and models.csv) into
/// typed C#. This class only wires the stages: Parse (per file), Link (all tables), Emit (the linked catalog).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParsedTable> tables = context.AdditionalTextsProvider
            .Where(static file => TableFiles.TryGetKind(file.Path, out _))
            .Select(static (file, cancellationToken) => ParseFile(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<LinkResult> linked = tables
            .Collect()
            .WithTrackingName(TrackingNames.Collect)
            .Select(static (all, cancellationToken) => LinkTables(all, cancellationToken))
            .WithTrackingName(TrackingNames.Link);

        IncrementalValueProvider<EmitResult> files = linked
            .Select(static (result, _) => result.Catalog)
            .WithTrackingName(TrackingNames.Catalog)
            .Select(static (catalog, _) => EmitCatalog(catalog))
            .WithTrackingName(TrackingNames.Emit);

        IncrementalValueProvider<EquatableArray<CatalogDiagnostic>> diagnostics = linked
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(files, static (spc, result) =>
        {
            foreach (GeneratedFile file in result.Files)
            {
                spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }

            if (result.Error is CatalogDiagnostic error)
            {
                spc.ReportDiagnostic(RoslynDiagnostics.Create(error));
            }
        });

        context.RegisterSourceOutput(diagnostics, static (spc, found) =>
        {
            foreach (CatalogDiagnostic diagnostic in found)
            {
                spc.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
            }
        });
    }

    // Each stage is guarded: an exception in a generator costs the user all of its output (CS8785), so a bug
    // becomes an MCAT901 diagnostic and the stage's empty result instead.
    private static ParsedTable ParseFile(AdditionalText file, CancellationToken cancellationToken)
    {
        TableFiles.TryGetKind(file.Path, out TableKind kind);
        try
        {
            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return Failed(kind, file.Path, Rules.UnreadableFile.At(SourceSpan.FileStart(file.Path), $"{file.Path} could not be read"));
            }

            return CsvTableParser.Parse(kind, file.Path, text.ToString(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(kind, file.Path, Internal(SourceSpan.FileStart(file.Path), "parsing " + file.Path, ex));
        }
    }

    private static LinkResult LinkTables(ImmutableArray<ParsedTable> tables, CancellationToken cancellationToken)
    {
        try
        {
            StageFaults.Check(TrackingNames.Link);
            return CatalogLinker.Link(tables, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new LinkResult(CatalogModel.Empty, new[] { Internal(SourceSpan.FileStart(string.Empty), "linking the tables", ex) }.ToEquatableArray());
        }
    }

    private static EmitResult EmitCatalog(CatalogModel catalog)
    {
        try
        {
            StageFaults.Check(TrackingNames.Emit);
            return new EmitResult(CatalogEmitter.Emit(catalog), null);
        }
        catch (Exception ex)
        {
            // The runtime types need the enums and classes to exist: fall back to the empty catalog.
            return new EmitResult(CatalogEmitter.Emit(CatalogModel.Empty), Internal(SourceSpan.FileStart(string.Empty), "emitting the catalog", ex));
        }
    }

    private static ParsedTable Failed(TableKind kind, string path, CatalogDiagnostic diagnostic) =>
        new(kind, path, EquatableArray<RawRow>.Empty, new[] { diagnostic }.ToEquatableArray());

    private static CatalogDiagnostic Internal(SourceSpan span, string stage, Exception ex) =>
        Rules.InternalError.At(span, $"the catalog generator failed while {stage}: {ex.GetType().Name}: {ex.Message}; please report this");
}
