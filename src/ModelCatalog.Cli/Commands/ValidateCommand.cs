using System.CommandLine;
using System.IO;
using ModelCatalog.Cli.Help;
using ModelCatalog.Cli.Rendering;
using ModelCatalog.Cli.Validation;
using ModelCatalog.Generator.Diagnostics;
using Spectre.Console;

namespace ModelCatalog.Cli.Commands;

/// <summary><c>validate [DIR]</c>: the generator's checks on a folder of tables, printed as the compiler prints them.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string?>("dir")
        {
            Description = "The folder holding organizations.csv, templates.csv and models.csv. Default: the repository's data/ folder (found above the current folder, beside ModelCatalog.Generated.sln).",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var consumer = new Option<bool>("--consumer")
        {
            Description = "Check the folder as a project's own tables (its ModelCatalogTable files: any of the four tables, names such as acme.models.csv): rows may refer to the built-in catalog's ids and may not reuse them, as the build checks them.",
        };

        var command = new Command(
            "validate",
            "Check the catalog's CSV tables with exactly the source generator's rules. Each problem is printed as 'path(line,col): error MCAT123: message'. Exits 0 when there is no error or warning (the build treats warnings as errors), 1 otherwise.")
        {
            directory,
            consumer,
        };
        command.SetAction(parse =>
        {
            string folder = ResolveFolder(parse.GetValue(directory), environment.CurrentDirectory);
            ValidationReport report = TableValidator.Validate(folder, parse.GetValue(consumer) ? BuiltInNames.Read() : null)
                ?? throw CliException.Failure($"{folder} holds no catalog table: expected organizations.csv, templates.csv and models.csv.");

            IAnsiConsole? colour = environment.UseColor ? ConsoleFactory.Create(environment) : null;
            foreach (CatalogDiagnostic diagnostic in report.Diagnostics)
            {
                if (colour is null)
                {
                    environment.Out.WriteLine(diagnostic.ToString());
                }
                else
                {
                    Style style = diagnostic.Severity == Severity.Error ? Styles.Error : diagnostic.Severity == Severity.Warning ? Styles.Warning : Style.Plain;
                    colour.Write(new Text(diagnostic + "\n", style));
                }
            }

            environment.Out.WriteLine(Summary(folder, report));
            return report.Errors + report.Warnings == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command.With(
            "modelcatalog validate",
            "modelcatalog validate path/to/data",
            "modelcatalog validate data/ > problems.txt",
            "modelcatalog validate --consumer path/to/your/catalog");
    }

    private static string ResolveFolder(string? given, string currentDirectory)
    {
        if (given is null)
        {
            return RepositoryLocator.FindDataDirectory(currentDirectory)
                ?? throw CliException.Usage($"no folder given, and no ModelCatalog repository (a folder holding {RepositoryLocator.SolutionFileName}) at or above {currentDirectory}: pass the folder holding the CSV tables, e.g. 'modelcatalog validate path/to/data'.");
        }

        string folder = Path.GetFullPath(given, currentDirectory);
        return Directory.Exists(folder)
            ? folder
            : throw CliException.Usage($"the folder {folder} does not exist: pass the folder holding the CSV tables.");
    }

    private static string Summary(string folder, ValidationReport report)
    {
        if (report.Errors + report.Warnings == 0)
        {
            var catalog = report.Catalog;
            return $"{folder}: no problems ({Count(catalog.Models.Count, "model")}, {Count(catalog.Organizations.Count, "organization")}, {Count(catalog.Templates.Count, "template")}).";
        }

        return $"{folder}: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}.";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
