using System.CommandLine;
using System.IO;
using System.Text;
using ModelCatalog.Cli.Export;
using ModelCatalog.Cli.Help;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Cli.Commands;

/// <summary>
/// <c>export</c>: the whole catalog as JSON (one document) or CSV (the four tables of data/README.md). CSV to a
/// folder writes all four files; CSV to standard output writes one table, models unless --table says otherwise.
/// </summary>
internal static class ExportCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format")
        {
            Description = "json: one document with schemaVersion, organizations, templates, models and checkpoints. csv: the tables in the data/README.md schema.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--out")
        {
            Description = "json: the file to write. csv: the folder to write the four tables into (created if missing). Without it, the output goes to standard output.",
            HelpName = "path",
        };
        var table = new Option<string?>("--table")
        {
            Description = "csv to standard output only: the table to write (default: models).",
        };
        table.AcceptOnlyFromAmong("models", "organizations", "templates", "checkpoints");

        var command = new Command("export", "Export the whole catalog as JSON or as the CSV tables.")
        {
            format, output, table,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(table) is not null && (result.GetValue(format) != "csv" || result.GetValue(output) is not null))
            {
                result.AddError("--table chooses the one CSV table written to standard output; it goes with --format csv and without --out (a folder gets all four tables).");
            }
        });
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output) is string given ? Path.GetFullPath(given, environment.CurrentDirectory) : null;
            if (parse.GetValue(format) == "csv")
            {
                ExportCsv(environment, path, parse.GetValue(table));
            }
            else
            {
                ExportJson(environment, path);
            }

            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog export",
            "modelcatalog export --format json --out catalog.json",
            "modelcatalog export --format csv --out exported/",
            "modelcatalog export --format csv --table organizations > organizations.csv");
    }

    private static void ExportJson(CliEnvironment environment, string? path)
    {
        byte[] json = JsonText.ToUtf8(CatalogJson.WriteCatalog);
        if (path is null)
        {
            environment.Out.Write(Encoding.UTF8.GetString(json));
            return;
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage($"{path} is a folder: --out for JSON names the file to write.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, json);
        environment.Error.WriteLine($"Wrote {Counts()} to {path}.");
    }

    private static void ExportCsv(CliEnvironment environment, string? folder, string? table)
    {
        if (folder is null)
        {
            TableKind kind = table switch
            {
                "organizations" => TableKind.Organizations,
                "templates" => TableKind.Templates,
                "checkpoints" => TableKind.Checkpoints,
                _ => TableKind.Models,
            };
            environment.Out.Write(CatalogCsv.Write(kind));
            return;
        }

        if (File.Exists(folder))
        {
            throw CliException.Usage($"{folder} is a file: --out for CSV names the folder to write the four tables into.");
        }

        Directory.CreateDirectory(folder);
        foreach (TableKind kind in TableFiles.All)
        {
            File.WriteAllText(Path.Combine(folder, TableFiles.FileName(kind)), CatalogCsv.Write(kind), Utf8NoBom);
        }

        environment.Error.WriteLine($"Wrote {Counts()} to {folder}.");
    }

    private static string Counts() =>
        $"{Models.Count} models, {Organizations.Count} organizations, {Templates.Count} templates and {Checkpoints.Count} checkpoints";
}
