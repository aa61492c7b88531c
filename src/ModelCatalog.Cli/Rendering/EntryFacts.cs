using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Cli.Export;
using ModelCatalog.Formats;

namespace ModelCatalog.Cli.Rendering;

/// <summary>Every fact of one entry, with its relationships named by name and id so they can be shown in turn.</summary>
internal static class EntryFacts
{
    public static FactSheet For(AnyEntry entry) => entry.Value switch
    {
        Model model => For(model),
        Organization organization => For(organization),
        Checkpoint checkpoint => For(checkpoint),
        _ => For((Template)entry.Value),
    };

    public static FactSheet For(Model model) => new FactSheet($"{model.Name} (model {model.Slug})")
        .Add("Aliases", model.Aliases)
        .Add("Organization", Reference(model.Organization))
        .Add("Releases", model.Releases.Select(r => r.ToString()))
        .Add("Sizes", model.Sizes.Select(Size))
        .Add("Training tokens", model.TrainingTokens is long tokens ? CountText.Format(tokens) : null)
        .Add("Architecture", model.Architecture is Architecture a ? TableValues.Word(a) : null)
        .Add("Languages", model.Languages.Select(l => l.ToIsoCode()))
        .Add("Inputs", TableValues.Words(model.Modalities))
        .Add("Open weights", TableValues.OpenWeightsWord(model.OpenWeights) ?? "unknown")
        .Add("Base model", model.BaseModel is Model parent ? Reference(parent) : null)
        .Add("Built on it", model.Derivatives.Select(Reference))
        .Add("Templates", model.Templates.Select(Reference))
        .Add("Checkpoints", model.Checkpoints.Select(c => c.Slug))
        .AddLines("Sources", model.Sources.Select(s => s.OriginalString))
        .Add("Notes", model.Notes);

    public static FactSheet For(Organization organization) => new FactSheet($"{organization.Name} (organization {organization.Slug})")
        .Add("Aliases", organization.Aliases)
        .Add("Country", organization.Country)
        .Add("Hugging Face", organization.HuggingFace)
        .Add("Website", organization.Website?.OriginalString)
        .Add("Models", organization.Models.Select(Reference))
        .AddLines("Sources", organization.Sources.Select(s => s.OriginalString))
        .Add("Notes", organization.Notes);

    // Formats are shown with the tables' escapes (\n), so that line breaks and spaces inside them stay visible.
    public static FactSheet For(Template template) => new FactSheet($"{template.Name} (template {template.Slug})")
        .Add("Aliases", template.Aliases)
        .Add("Inputs", TableValues.Words(template.Modalities))
        .Add("Prefix", CsvCells.TemplateText(template.Prefix))
        .Add("System", CsvCells.TemplateText(template.SystemFormat))
        .Add("System placement", TableValues.Word(template.SystemPlacement))
        .Add("User", CsvCells.TemplateText(template.UserFormat))
        .Add("Assistant", CsvCells.TemplateText(template.AssistantFormat))
        .Add("Separator", CsvCells.TemplateText(template.Separator))
        .Add("Default system", CsvCells.TemplateText(template.DefaultSystem))
        .Add("Stop words", template.StopWords.Select(CsvCells.TemplateText))
        .Add("Image token", template.ImageToken)
        .Add("Video token", template.VideoToken)
        .Add("Audio token", template.AudioToken)
        .Add("Models", template.Models.Select(Reference))
        .AddLines("Sources", template.Sources.Select(s => s.OriginalString))
        .Add("Notes", template.Notes);

    public static FactSheet For(Checkpoint checkpoint) => new FactSheet($"{checkpoint.Name} (checkpoint {checkpoint.Slug})")
        .Add("Model", Reference(checkpoint.Model))
        .Add("Version", checkpoint.Release?.ToString())
        .Add("Size", Size(checkpoint.Size))
        .Add("Variant", TableValues.Word(checkpoint.Variant))
        .Add("Hugging Face", checkpoint.HuggingFace)
        .Add("ModelScope", checkpoint.ModelScope)
        .Add(checkpoint.HasOwnTemplates ? "Templates" : "Templates (model's)", checkpoint.Templates.Select(Reference))
        .Add("Context length", checkpoint.ContextLength is int tokens ? tokens.ToString(CultureInfo.InvariantCulture) + " tokens" : "unknown")
        .Add("License", checkpoint.License ?? "unknown")
        .AddLines("Sources", checkpoint.Sources.Select(s => s.OriginalString))
        .Add("Notes", checkpoint.Notes);

    private static string Reference(ICatalogEntry entry) => $"{entry.Name} ({entry.Slug})";

    /// <summary>The label, then what it does not say: the exact count, the experts, a range, a doubt.</summary>
    private static string Size(ParameterCount size)
    {
        if (!size.IsKnown)
        {
            return "unknown";
        }

        var details = new List<string>();
        if (size.IsRange)
        {
            details.Add("range");
        }
        else if (size.HasExplicitCount)
        {
            details.Add(CountText.Format(size.Parameters) + " parameters");
        }

        if (size.Experts is int experts)
        {
            details.Add(experts.ToString(CultureInfo.InvariantCulture) + " experts");
        }

        if (size.IsUncertain)
        {
            details.Add("uncertain");
        }

        return details.Count == 0 ? size.Label : $"{size.Label} ({string.Join(", ", details)})";
    }
}
