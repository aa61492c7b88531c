using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Emit;
using ModelCatalog.Generator.Emit.Consumer;
using ModelCatalog.Generator.Inputs;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator;

/// <summary>
/// Turns catalog tables (AdditionalFiles with <c>ModelCatalogTable=true</c> metadata, named organizations.csv,
/// templates.csv, models.csv and checkpoints.csv) into typed C#. This class only wires the stages: Parse (per file),
/// Link (all tables), Emit (the linked catalog). Two modes: the built-in catalog (src/ModelCatalog, which sets
/// <c>ModelCatalogBuiltIn</c>) and a consumer's own catalog (any other project), whose rows may refer to the
/// built-in catalog of the referenced ModelCatalog assembly. A project without tables gets nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only the items the project marked as tables: a consumer's unrelated models.csv is never read.
        IncrementalValuesProvider<AdditionalText> tableFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsTable(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Tables);

        IncrementalValuesProvider<ParsedTable> tables = tableFiles
            .Select(static (file, cancellationToken) => ParseFile(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<ImmutableArray<ParsedTable>> collected = tables
            .Collect()
            .WithTrackingName(TrackingNames.Collect);

        IncrementalValueProvider<CatalogSettings> settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (input, _) => CatalogSettings.Read(
                input.Left.Left.GlobalOptions,
                input.Right,
                input.Left.Right is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }))
            .WithTrackingName(TrackingNames.Settings);

        // The built-in names are read only for a consumer that has tables: a project without tables, and the built-in
        // catalog itself, never look at the compilation's symbols.
        IncrementalValueProvider<ReferencedCatalog> referenced = context.CompilationProvider
            .Combine(collected.Combine(settings).Select(static (input, _) => input.Left.Length > 0 && !input.Right.BuiltIn))
            .Select(static (input, cancellationToken) => input.Right ? ReadReferenced(input.Left, cancellationToken) : ReferencedCatalog.None)
            .WithTrackingName(TrackingNames.ReferencedCatalog);

        IncrementalValueProvider<LinkResult> linked = collected
            .Combine(settings)
            .Combine(referenced)
            .Select(static (input, cancellationToken) => LinkTables(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Link);

        IncrementalValueProvider<EmitResult> files = linked
            .Select(static (result, _) => result.Catalog)
            .WithTrackingName(TrackingNames.Catalog)
            .Combine(settings)
            .Combine(collected.Select(static (all, _) => all.Length > 0))
            .Combine(referenced.Select(static (names, _) => names.NotNullWhen))
            .Select(static (input, _) => EmitCatalog(input.Left.Left.Left, input.Left.Left.Right, hasTables: input.Left.Right, notNullWhen: input.Right))
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

    private static bool IsTable(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(BuildOptions.TableMetadata, out string? marked)
        && BuildOptions.IsTrue(marked)
        && TableFiles.TryGetKind(file.Path, out _);

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

    private static ReferencedCatalog ReadReferenced(Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ReferencedCatalogReader.Read(compilation, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the names every reference to a built-in entry would be reported as unknown: say why instead.
            return ReferencedCatalog.None with { Failure = $"{ex.GetType().Name}: {ex.Message}" };
        }
    }

    private static LinkResult LinkTables(ImmutableArray<ParsedTable> tables, CatalogSettings settings, ReferencedCatalog referenced, CancellationToken cancellationToken)
    {
        try
        {
            StageFaults.Check(TrackingNames.Link);
            if (settings.BuiltIn)
            {
                return CatalogLinker.Link(tables, cancellationToken);
            }

            if (tables.IsEmpty)
            {
                return new LinkResult(CatalogModel.Empty, EquatableArray<CatalogDiagnostic>.Empty);
            }

            return ConsumerLinker.Link(tables, referenced, settings.Prefix, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new LinkResult(CatalogModel.Empty, new[] { Internal(SourceSpan.FileStart(string.Empty), "linking the tables", ex) }.ToEquatableArray());
        }
    }

    private static EmitResult EmitCatalog(CatalogModel catalog, CatalogSettings settings, bool hasTables, bool notNullWhen)
    {
        if (!settings.BuiltIn && !hasTables)
        {
            return EmitResult.Nothing;
        }

        try
        {
            StageFaults.Check(TrackingNames.Emit);
            return new EmitResult(settings.BuiltIn ? CatalogEmitter.Emit(catalog) : ConsumerEmitter.Emit(catalog, settings, notNullWhen), null);
        }
        catch (Exception ex)
        {
            // The runtime types need the enums and classes to exist, and a consumer's code its classes: fall back to
            // the empty catalog.
            EquatableArray<GeneratedFile> empty = settings.BuiltIn ? CatalogEmitter.Emit(CatalogModel.Empty) : ConsumerEmitter.Emit(CatalogModel.Empty, settings, notNullWhen);
            return new EmitResult(empty, Internal(SourceSpan.FileStart(string.Empty), "emitting the catalog", ex));
        }
    }

    private static ParsedTable Failed(TableKind kind, string path, CatalogDiagnostic diagnostic) =>
        new(kind, path, EquatableArray<RawRow>.Empty, new[] { diagnostic }.ToEquatableArray());

    private static CatalogDiagnostic Internal(SourceSpan span, string stage, Exception ex) =>
        Rules.InternalError.At(span, $"the catalog generator failed while {stage}: {ex.GetType().Name}: {ex.Message}; please report this");
}
