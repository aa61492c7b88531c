using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Cli.Export;
using ModelCatalog.Cli.Help;
using ModelCatalog.Cli.Rendering;
using Spectre.Console;

namespace ModelCatalog.Cli.Commands;

/// <summary><c>list</c>: the models as a table, filtered and sorted; <c>list organizations</c>, <c>list templates</c> and <c>list checkpoints</c> for the other tables.</summary>
internal static class ListCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var organizations = new Option<Organization[]>("--org")
        {
            Description = "Only models of this organization (id, name or alias). Repeat for several.",
            HelpName = "name",
            CustomParser = OptionValues.Many<Organization>(OptionValues.Organization),
        };
        var templates = new Option<Template[]>("--template")
        {
            Description = "Only models that use this chat template. Repeat for several.",
            HelpName = "name",
            CustomParser = OptionValues.Many<Template>(OptionValues.Template),
        };
        var open = new Option<bool>("--open") { Description = "Only models whose weights can be downloaded." };
        var closed = new Option<bool>("--closed") { Description = "Only models whose weights cannot be downloaded." };
        var minParameters = new Option<long?>("--min-params")
        {
            Description = "Only models with a size of at least this many parameters (7B, 500M, 1.5T).",
            HelpName = "count",
            CustomParser = OptionValues.One<long>(OptionValues.ParameterCount),
        };
        var maxParameters = new Option<long?>("--max-params")
        {
            Description = "Only models with a size of at most this many parameters.",
            HelpName = "count",
            CustomParser = OptionValues.One<long>(OptionValues.ParameterCount),
        };
        var releasedAfter = new Option<ReleaseDate?>("--released-after")
        {
            Description = "Only models with a release on or after this date (2024, 2024-05, 2024-05-13; a partial date counts from its first day).",
            HelpName = "date",
            CustomParser = OptionValues.One<ReleaseDate>(OptionValues.Date),
        };
        var releasedBefore = new Option<ReleaseDate?>("--released-before")
        {
            Description = "Only models with a release before this date (its first day).",
            HelpName = "date",
            CustomParser = OptionValues.One<ReleaseDate>(OptionValues.Date),
        };
        var languages = new Option<Language[]>("--language")
        {
            Description = "Only models trained for this language: an ISO 639-1 code (en, zh, ...) or 'multilingual'. Repeat or comma-separate for any of several.",
            HelpName = "code",
            CustomParser = OptionValues.Many<Language>(OptionValues.Language, splitCommas: true),
        };
        var modalities = new Option<Modality[]>("--modality")
        {
            Description = "Only models that take this input: text, image, video, audio.",
            HelpName = "kind",
            CustomParser = OptionValues.Many<Modality>(OptionValues.Modality, splitCommas: true),
        };
        var architectures = new Option<Architecture[]>("--architecture")
        {
            Description = "Only models of this architecture: decoder, encoder-decoder, glm, multi-task.",
            HelpName = "kind",
            CustomParser = OptionValues.Many<Architecture>(OptionValues.Architecture, splitCommas: true),
        };
        var baseModels = new Option<Model[]>("--base")
        {
            Description = "Only models built on this model, directly or through others.",
            HelpName = "model",
            CustomParser = OptionValues.Many<Model>(OptionValues.Model),
        };
        var sort = new Option<string>("--sort")
        {
            Description = "Order by name, date (first release) or size (largest). Models without a date or size come last.",
            DefaultValueFactory = _ => "name",
        };
        sort.AcceptOnlyFromAmong("name", "date", "size");
        var reverse = new Option<bool>("--reverse") { Description = "Reverse the order (newest or largest first)." };
        var json = new Option<bool>("--json") { Description = "Print the models as a JSON array (the export's model objects) instead of a table." };

        var command = new Command("list", "List the catalog's models as a table, filtered and sorted.")
        {
            organizations, templates, open, closed, minParameters, maxParameters, releasedAfter, releasedBefore,
            languages, modalities, architectures, baseModels, sort, reverse, json,
            CreateOrganizationsCommand(environment),
            CreateTemplatesCommand(environment),
            CreateCheckpointsCommand(environment),
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(open) && result.GetValue(closed))
            {
                result.AddError("--open and --closed exclude each other: give one of them, or neither for both.");
            }
        });
        command.SetAction(parse =>
        {
            var query = new ModelQuery
            {
                Organizations = parse.GetValue(organizations) ?? [],
                Templates = parse.GetValue(templates) ?? [],
                BaseModels = parse.GetValue(baseModels) ?? [],
                Languages = parse.GetValue(languages) ?? [],
                Modalities = parse.GetValue(modalities) ?? [],
                Architectures = parse.GetValue(architectures) ?? [],
                OpenWeights = parse.GetValue(open) ? true : parse.GetValue(closed) ? false : null,
                MinParameters = parse.GetValue(minParameters),
                MaxParameters = parse.GetValue(maxParameters),
                ReleasedAfter = parse.GetValue(releasedAfter),
                ReleasedBefore = parse.GetValue(releasedBefore),
            };
            ModelSort order = parse.GetValue(sort) switch
            {
                "date" => ModelSort.Date,
                "size" => ModelSort.Size,
                _ => ModelSort.Name,
            };
            IReadOnlyList<Model> models = ModelQuery.Sort(query.Apply(Models.All), order, parse.GetValue(reverse));
            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => WriteArray(w, models, CatalogJson.WriteModel)));
            }
            else
            {
                WriteModelTable(environment, models);
            }

            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog list",
            "modelcatalog list --org meta --open --sort date --reverse",
            "modelcatalog list --min-params 7B --max-params 70B --language zh",
            "modelcatalog list --modality image --released-after 2024",
            "modelcatalog list --base llama --json",
            "modelcatalog list organizations",
            "modelcatalog list templates",
            "modelcatalog list checkpoints --model qwen --variant instruct --min-context 128K");
    }

    private static Command CreateOrganizationsCommand(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Print the organizations as a JSON array instead of a table." };
        var command = new Command("organizations", "List the organizations that make the models.") { json };
        command.Aliases.Add("orgs");
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => WriteArray(w, Organizations.All, CatalogJson.WriteOrganization)));
                return ExitCodes.Success;
            }

            Table table = Tables.NoWrap(Tables.Create(environment, "Id", "Name", "Country", "Models", "Hugging Face", "Website"), 0, 2, 3);
            foreach (Organization organization in Organizations.All.OrderBy(o => o.Name, System.StringComparer.OrdinalIgnoreCase))
            {
                Tables.AddRow(
                    table,
                    organization.Slug,
                    organization.Name,
                    organization.Country,
                    organization.Models.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Tables.Join(organization.HuggingFace),
                    organization.Website?.OriginalString);
            }

            Write(environment, table, Organizations.Count, "organization");
            return ExitCodes.Success;
        });
        return command.With("modelcatalog list organizations", "modelcatalog list orgs --json");
    }

    private static Command CreateTemplatesCommand(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Print the templates as a JSON array instead of a table." };
        var command = new Command("templates", "List the chat templates.") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => WriteArray(w, Templates.All, CatalogJson.WriteTemplate)));
                return ExitCodes.Success;
            }

            Table table = Tables.NoWrap(Tables.Create(environment, "Id", "Name", "Inputs", "System", "Models"), 0);
            foreach (Template template in Templates.All.OrderBy(t => t.Slug, System.StringComparer.Ordinal))
            {
                Tables.AddRow(
                    table,
                    template.Slug,
                    template.Name,
                    Tables.Join(TableValues.Words(template.Modalities)),
                    TableValues.Word(template.SystemPlacement),
                    Tables.Join(template.Models.Select(m => m.Slug)));
            }

            Write(environment, table, Templates.Count, "template");
            return ExitCodes.Success;
        });
        return command.With("modelcatalog list templates", "modelcatalog list templates --json");
    }

    private static Command CreateCheckpointsCommand(CliEnvironment environment)
    {
        var models = new Option<Model[]>("--model")
        {
            Description = "Only checkpoints of this model (id, name or alias). Repeat for several.",
            HelpName = "name",
            CustomParser = OptionValues.Many<Model>(OptionValues.Model),
        };
        var variants = new Option<CheckpointVariant[]>("--variant")
        {
            Description = $"Only checkpoints of this variant: {string.Join(", ", ModelCatalog.Formats.TableWords.Variants)}. Repeat or comma-separate for any of several.",
            HelpName = "kind",
            CustomParser = OptionValues.Many<CheckpointVariant>(OptionValues.Variant, splitCommas: true),
        };
        var templates = new Option<Template[]>("--template")
        {
            Description = "Only checkpoints that use this chat template (their own, else their model's). Repeat for several.",
            HelpName = "name",
            CustomParser = OptionValues.Many<Template>(OptionValues.Template),
        };
        var licenses = new Option<string[]>("--license")
        {
            Description = "Only checkpoints under this license (apache-2.0, mit, llama3.1, ...; any case). Repeat for several.",
            HelpName = "license",
        };
        var minContext = new Option<int?>("--min-context")
        {
            Description = "Only checkpoints released for at least this many tokens of context (32768, 32K, 128K). Unknown context lengths are left out.",
            HelpName = "tokens",
            CustomParser = OptionValues.One<int>(OptionValues.ContextLength),
        };
        var json = new Option<bool>("--json") { Description = "Print the checkpoints as a JSON array (the export's checkpoint objects) instead of a table." };
        var command = new Command("checkpoints", "List the checkpoints: the released weights, with their repository ids.")
        {
            models, variants, templates, licenses, minContext, json,
        };
        command.SetAction(parse =>
        {
            Model[] onlyModels = parse.GetValue(models) ?? [];
            CheckpointVariant[] onlyVariants = parse.GetValue(variants) ?? [];
            Template[] onlyTemplates = parse.GetValue(templates) ?? [];
            string[] onlyLicenses = parse.GetValue(licenses) ?? [];
            int? atLeast = parse.GetValue(minContext);
            List<Checkpoint> checkpoints = Checkpoints.All
                .Where(c => onlyModels.Length == 0 || onlyModels.Contains(c.Model))
                .Where(c => onlyVariants.Length == 0 || onlyVariants.Contains(c.Variant))
                .Where(c => onlyTemplates.Length == 0 || c.Templates.Any(onlyTemplates.Contains))
                .Where(c => onlyLicenses.Length == 0 || (c.License is string l && onlyLicenses.Any(w => string.Equals(w.Trim(), l, System.StringComparison.OrdinalIgnoreCase))))
                .Where(c => atLeast is not int min || c.ContextLength >= min)
                .ToList();
            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => WriteArray(w, checkpoints, CatalogJson.WriteCheckpoint)));
                return ExitCodes.Success;
            }

            if (checkpoints.Count == 0)
            {
                environment.Error.WriteLine("No checkpoint matches these filters.");
                return ExitCodes.Success;
            }

            Table table = Tables.NoWrap(Tables.Create(environment, "Id", "Hugging Face", "Model", "Size", "Variant", "Context", "License", "Templates"), 0, 1, 3, 4, 5);
            foreach (Checkpoint checkpoint in checkpoints)
            {
                Tables.AddRow(
                    table,
                    checkpoint.Slug,
                    checkpoint.HuggingFace.Count > 0 ? checkpoint.HuggingFace[0] : string.Empty,
                    checkpoint.Model.Slug,
                    checkpoint.Size.Label,
                    TableValues.Word(checkpoint.Variant),
                    checkpoint.ContextLength?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    checkpoint.License,
                    Tables.Join(checkpoint.Templates.Select(t => t.Slug)));
            }

            Write(environment, table, checkpoints.Count, "checkpoint");
            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog list checkpoints --model qwen",
            "modelcatalog list checkpoints --variant instruct --license apache-2.0 --min-context 128K",
            "modelcatalog list checkpoints --template llama3 --json");
    }

    private static void WriteModelTable(CliEnvironment environment, IReadOnlyList<Model> models)
    {
        if (models.Count == 0)
        {
            environment.Error.WriteLine("No model matches these filters.");
            return;
        }

        // Below 100 columns the architecture and inputs give way, so the rest need not wrap letter by letter.
        bool wide = environment.LayoutWidth >= 100;
        Table table = wide
            ? Tables.NoWrap(Tables.Create(environment, "Id", "Name", "Org", "Released", "Sizes", "Arch", "Open", "Inputs"), 0, 3, 5, 6)
            : Tables.NoWrap(Tables.Create(environment, "Id", "Name", "Org", "Released", "Sizes", "Open"), 0, 3, 5);
        foreach (Model model in models)
        {
            var cells = new List<string?>
            {
                model.Slug,
                model.Name,
                model.Organization.Name,
                model.FirstReleased?.ToString(),
                Tables.Join(model.Sizes.Select(s => s.ToString())),
            };
            if (wide)
            {
                cells.Add(model.Architecture is Architecture a ? TableValues.Word(a) : null);
            }

            cells.Add(TableValues.OpenWeightsWord(model.OpenWeights));
            if (wide)
            {
                cells.Add(Tables.Join(TableValues.Words(model.Modalities)));
            }

            Tables.AddRow(table, cells.ToArray());
        }

        Write(environment, table, models.Count, "model");
    }

    private static void Write(CliEnvironment environment, Table table, int count, string noun)
    {
        Output.Write(environment, table);
        Output.Note(environment, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
    }

    private static void WriteArray<T>(System.Text.Json.Utf8JsonWriter json, IEnumerable<T> items, System.Action<System.Text.Json.Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (T item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }
}
