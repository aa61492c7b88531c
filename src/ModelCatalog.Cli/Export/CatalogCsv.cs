using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Formats;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Cli.Export;

/// <summary>
/// The compiled catalog written back as the four tables of data/README.md, columns in the README's order. The
/// result validates clean and links to the same catalog (a test checks the round trip).
/// </summary>
internal static class CatalogCsv
{
    public static string Write(TableKind kind) => kind switch
    {
        TableKind.Organizations => Table(OrganizationColumns, Organizations.All),
        TableKind.Templates => Table(TemplateColumns, Templates.All),
        TableKind.Checkpoints => Table(CheckpointColumns, Checkpoints.All),
        _ => Table(ModelColumns, Models.All),
    };

    private static readonly (string Column, Func<Organization, string> Cell)[] OrganizationColumns =
    [
        ("id", o => o.Slug),
        ("name", o => o.Name),
        ("aliases", o => CsvCells.List(o.Aliases)),
        ("country", o => o.Country ?? string.Empty),
        ("hugging_face", o => CsvCells.List(o.HuggingFace)),
        ("website", o => o.Website?.OriginalString ?? string.Empty),
        ("source", o => Sources(o.Sources)),
        ("notes", o => o.Notes ?? string.Empty),
    ];

    private static readonly (string Column, Func<Template, string> Cell)[] TemplateColumns =
    [
        ("id", t => t.Slug),
        ("name", t => t.Name),
        ("aliases", t => CsvCells.List(t.Aliases)),
        ("prefix", t => CsvCells.TemplateText(t.Prefix)),
        ("system", t => CsvCells.TemplateText(t.SystemFormat)),
        ("system_placement", t => TableValues.Word(t.SystemPlacement)),
        ("user", t => CsvCells.TemplateText(t.UserFormat)),
        ("assistant", t => CsvCells.TemplateText(t.AssistantFormat)),
        ("separator", t => CsvCells.TemplateText(t.Separator)),
        ("default_system", t => CsvCells.TemplateText(t.DefaultSystem)),
        ("stop_words", t => CsvCells.List(t.StopWords.Select(CsvCells.TemplateText))),
        ("modalities", t => CsvCells.List(TableValues.Words(t.Modalities))),
        ("image_token", t => t.ImageToken ?? string.Empty),
        ("video_token", t => t.VideoToken ?? string.Empty),
        ("audio_token", t => t.AudioToken ?? string.Empty),
        ("source", t => Sources(t.Sources)),
        ("notes", t => t.Notes ?? string.Empty),
    ];

    private static readonly (string Column, Func<Model, string> Cell)[] ModelColumns =
    [
        ("id", m => m.Slug),
        ("name", m => m.Name),
        ("aliases", m => CsvCells.List(m.Aliases)),
        ("organization", m => m.Organization.Slug),
        ("releases", m => CsvCells.List(m.Releases.Select(r => r.ToString()))),
        ("sizes", m => CsvCells.List(m.Sizes.Select(Size))),
        ("training_tokens", m => m.TrainingTokens is long tokens ? CountText.Format(tokens) : string.Empty),
        ("architecture", m => m.Architecture is Architecture a ? TableValues.Word(a) : string.Empty),
        ("languages", m => CsvCells.List(m.Languages.Select(l => l.ToIsoCode()))),
        ("modalities", m => CsvCells.List(TableValues.Words(m.Modalities))),
        ("open_weights", m => TableValues.OpenWeightsWord(m.OpenWeights) ?? string.Empty),
        ("base_model", m => m.BaseModel?.Slug ?? string.Empty),
        ("templates", m => CsvCells.List(m.Templates.Select(t => t.Slug))),
        ("source", m => Sources(m.Sources)),
        ("notes", m => m.Notes ?? string.Empty),
    ];

    // The templates cell holds the checkpoint's own templates only: empty means its model's, as in the table.
    private static readonly (string Column, Func<Checkpoint, string> Cell)[] CheckpointColumns =
    [
        ("id", c => c.Slug),
        ("name", c => c.Name),
        ("model", c => c.Model.Slug),
        ("version", c => c.Release?.Version ?? string.Empty),
        ("size", c => c.Size.Label),
        ("variant", c => TableValues.Word(c.Variant)),
        ("hugging_face", c => CsvCells.List(c.HuggingFace)),
        ("model_scope", c => CsvCells.List(c.ModelScope)),
        ("templates", c => c.HasOwnTemplates ? CsvCells.List(c.Templates.Select(t => t.Slug)) : string.Empty),
        ("context_length", c => c.ContextLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
        ("license", c => c.License ?? string.Empty),
        ("source", c => Sources(c.Sources)),
        ("notes", c => c.Notes ?? string.Empty),
    ];

    /// <summary>The column names of a table in the order this writer uses.</summary>
    public static IReadOnlyList<string> Columns(TableKind kind) => kind switch
    {
        TableKind.Organizations => OrganizationColumns.Select(c => c.Column).ToArray(),
        TableKind.Templates => TemplateColumns.Select(c => c.Column).ToArray(),
        TableKind.Checkpoints => CheckpointColumns.Select(c => c.Column).ToArray(),
        _ => ModelColumns.Select(c => c.Column).ToArray(),
    };

    private static string Table<T>((string Column, Func<T, string> Cell)[] columns, IEnumerable<T> rows)
    {
        var text = new StringBuilder();
        text.Append(CsvCells.Line(columns.Select(c => c.Column))).Append('\n');
        foreach (T row in rows)
        {
            text.Append(CsvCells.Line(columns.Select(c => c.Cell(row)))).Append('\n');
        }

        return text.ToString();
    }

    private static string Sources(IReadOnlyList<Uri> sources) => CsvCells.List(sources.Select(s => s.OriginalString));

    /// <summary><c>LABEL</c>, <c>=COUNT</c> where the source gave one, the doubt mark last (<see cref="SizeText"/>).</summary>
    private static string Size(ParameterCount size) =>
        SizeText.Format(size.Label, size.Parameters, size.HasExplicitCount, size.IsUncertain);
}
