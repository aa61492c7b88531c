using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ModelCatalog.Cli.Catalog;

namespace ModelCatalog.Cli.Export;

/// <summary>
/// The catalog as JSON, written field by field with <see cref="Utf8JsonWriter"/> (no reflection): keys in camelCase,
/// references as ids (slugs), enums as the tables' words, dates with the precision they have, unknown values as
/// <c>null</c>. <c>source</c> is the main source and <c>sources</c> all of them. Bump <see cref="SchemaVersion"/>
/// when a field changes meaning or goes away; adding a field keeps it.
/// </summary>
internal static class CatalogJson
{
    public const int SchemaVersion = 1;

    public static void WriteCatalog(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartArray("organizations");
        foreach (Organization organization in Organizations.All)
        {
            WriteOrganization(json, organization);
        }

        json.WriteEndArray();
        json.WriteStartArray("templates");
        foreach (Template template in Templates.All)
        {
            WriteTemplate(json, template);
        }

        json.WriteEndArray();
        json.WriteStartArray("models");
        foreach (Model model in Models.All)
        {
            WriteModel(json, model);
        }

        json.WriteEndArray();
        json.WriteStartArray("checkpoints");
        foreach (Checkpoint checkpoint in Checkpoints.All)
        {
            WriteCheckpoint(json, checkpoint);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteEntry(Utf8JsonWriter json, AnyEntry entry)
    {
        switch (entry.Value)
        {
            case Model model: WriteModel(json, model); break;
            case Organization organization: WriteOrganization(json, organization); break;
            case Template template: WriteTemplate(json, template); break;
            case Checkpoint checkpoint: WriteCheckpoint(json, checkpoint); break;
        }
    }

    public static void WriteOrganization(Utf8JsonWriter json, Organization organization)
    {
        json.WriteStartObject();
        json.WriteString("id", organization.Slug);
        json.WriteString("name", organization.Name);
        WriteStrings(json, "aliases", organization.Aliases);
        json.WriteString("country", organization.Country);
        WriteStrings(json, "huggingFace", organization.HuggingFace);
        json.WriteString("website", organization.Website?.OriginalString);
        WriteSources(json, organization.Sources);
        json.WriteString("notes", organization.Notes);
        json.WriteEndObject();
    }

    public static void WriteTemplate(Utf8JsonWriter json, Template template)
    {
        json.WriteStartObject();
        json.WriteString("id", template.Slug);
        json.WriteString("name", template.Name);
        WriteStrings(json, "aliases", template.Aliases);
        json.WriteString("prefix", template.Prefix);
        json.WriteString("system", template.SystemFormat);
        json.WriteString("systemPlacement", TableValues.Word(template.SystemPlacement));
        json.WriteString("user", template.UserFormat);
        json.WriteString("assistant", template.AssistantFormat);
        json.WriteString("separator", template.Separator);
        json.WriteString("defaultSystem", template.DefaultSystem);
        WriteStrings(json, "stopWords", template.StopWords);
        WriteStrings(json, "modalities", TableValues.Words(template.Modalities));
        json.WriteString("imageToken", template.ImageToken);
        json.WriteString("videoToken", template.VideoToken);
        json.WriteString("audioToken", template.AudioToken);
        WriteSources(json, template.Sources);
        json.WriteString("notes", template.Notes);
        json.WriteEndObject();
    }

    public static void WriteModel(Utf8JsonWriter json, Model model)
    {
        json.WriteStartObject();
        json.WriteString("id", model.Slug);
        json.WriteString("name", model.Name);
        WriteStrings(json, "aliases", model.Aliases);
        json.WriteString("organization", model.Organization.Slug);
        json.WriteStartArray("releases");
        foreach (Release release in model.Releases)
        {
            json.WriteStartObject();
            json.WriteString("version", release.Version);
            json.WriteString("date", release.Date.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sizes");
        foreach (ParameterCount size in model.Sizes)
        {
            WriteSize(json, size);
        }

        json.WriteEndArray();
        WriteNumber(json, "trainingTokens", model.TrainingTokens);
        json.WriteString("architecture", model.Architecture is Architecture a ? TableValues.Word(a) : null);
        WriteStrings(json, "languages", model.Languages.Select(l => l.ToIsoCode()));
        WriteStrings(json, "modalities", TableValues.Words(model.Modalities));
        if (model.OpenWeights is bool open)
        {
            json.WriteBoolean("openWeights", open);
        }
        else
        {
            json.WriteNull("openWeights");
        }

        WriteStrings(json, "templates", model.Templates.Select(t => t.Slug));
        json.WriteString("baseModel", model.BaseModel?.Slug);
        WriteSources(json, model.Sources);
        json.WriteString("notes", model.Notes);
        json.WriteEndObject();
    }

    /// <summary>A checkpoint: its templates as resolved (its own, else its model's), its size as its label.</summary>
    public static void WriteCheckpoint(Utf8JsonWriter json, Checkpoint checkpoint)
    {
        json.WriteStartObject();
        json.WriteString("id", checkpoint.Slug);
        json.WriteString("name", checkpoint.Name);
        json.WriteString("model", checkpoint.Model.Slug);
        json.WriteString("version", checkpoint.Release?.Version);
        json.WriteString("size", checkpoint.Size.Label);
        json.WriteString("variant", TableValues.Word(checkpoint.Variant));
        WriteStrings(json, "huggingFace", checkpoint.HuggingFace);
        WriteStrings(json, "modelScope", checkpoint.ModelScope);
        WriteStrings(json, "templates", checkpoint.Templates.Select(t => t.Slug));
        WriteNumber(json, "contextLength", checkpoint.ContextLength);
        json.WriteString("license", checkpoint.License);
        WriteSources(json, checkpoint.Sources);
        json.WriteString("notes", checkpoint.Notes);
        json.WriteEndObject();
    }

    // An unknown size ("?") has no parameters: null rather than the runtime's 0, which would read as a real count.
    // minimumParameters differs from parameters only for a range ("125M-175B").
    private static void WriteSize(Utf8JsonWriter json, ParameterCount size)
    {
        json.WriteStartObject();
        json.WriteString("label", size.Label);
        WriteNumber(json, "parameters", size.IsKnown ? size.Parameters : null);
        WriteNumber(json, "minimumParameters", size.IsKnown ? size.MinimumParameters : null);
        WriteNumber(json, "experts", size.Experts);
        json.WriteBoolean("uncertain", size.IsUncertain);
        json.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter json, IReadOnlyList<Uri> sources)
    {
        json.WriteString("source", sources.Count > 0 ? sources[0].OriginalString : null);
        WriteStrings(json, "sources", sources.Select(s => s.OriginalString));
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is long number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
