using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using ModelCatalog.Cli.Commands;
using ModelCatalog.Cli.Help;
using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Cli;

/// <summary>
/// The <c>modelcatalog</c> tool as a function from arguments to an exit code, writing only to the writers it is
/// given: <c>Program</c> passes the console, tests pass <see cref="StringWriter"/>s and run it in-process.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the tool as if its output were redirected: plain text, no colour.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, CliEnvironment.Redirected(stdout, stderr));

    public static int Run(string[] args, CliEnvironment environment)
    {
        RootCommand root = CreateRootCommand(environment);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return ReportUsageErrors(parse, environment);
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException ex)
        {
            environment.Error.WriteLine("error: " + ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Failure;
        }
    }

    internal static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("Browse, search, check and export the ModelCatalog: large language models, the organizations that make them, and their chat templates.")
        {
            ListCommand.Create(environment),
            ShowCommand.Create(environment),
            SearchCommand.Create(environment),
            ValidateCommand.Create(environment),
            ExportCommand.Create(environment),
            RenderCommand.Create(environment),
        };
        root.HelpName = "modelcatalog";

        HelpAction help = Examples.AddToHelp(root, Math.Min(environment.LayoutWidth, 120));

        // With no command: the help and what the catalog holds, so a first run shows what there is to ask.
        root.SetAction(parse =>
        {
            help.Invoke(parse);
            Examples.Write(parse);
            environment.Out.WriteLine(
                $"The catalog holds {Models.Count} models, {Organizations.Count} organizations and {Templates.Count} chat templates.");
            return ExitCodes.Success;
        });
        return root.With(
            "modelcatalog list --org meta",
            "modelcatalog show llama-3",
            "modelcatalog search mistrel",
            "modelcatalog validate data/",
            "modelcatalog export --format json --out catalog.json");
    }

    private static int ReportUsageErrors(ParseResult parse, CliEnvironment environment)
    {
        foreach (ParseError error in parse.Errors)
        {
            environment.Error.WriteLine("error: " + error.Message + UnknownCommandHint(parse, error));
        }

        string commandPath = string.Join(" ", parse.CommandResult.Command.Name == parse.RootCommandResult.Command.Name
            ? ["modelcatalog"]
            : new[] { "modelcatalog" }.Concat(CommandPath(parse.CommandResult)));
        environment.Error.WriteLine($"Run '{commandPath} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static string[] CommandPath(CommandResult result)
    {
        var names = new System.Collections.Generic.List<string>();
        for (SymbolResult? current = result; current is CommandResult command && command.Parent is not null; current = current.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return names.ToArray();
    }

    /// <summary>" Did you mean 'list'?" for a misspelt command at the top level.</summary>
    private static string UnknownCommandHint(ParseResult parse, ParseError error)
    {
        if (parse.CommandResult.Command is not RootCommand root || parse.UnmatchedTokens.Count == 0)
        {
            return string.Empty;
        }

        string token = parse.UnmatchedTokens[0];
        if (!error.Message.Contains(token, StringComparison.Ordinal) || token.StartsWith('-'))
        {
            return string.Empty;
        }

        return Suggestions.Closest(token, root.Subcommands.Select(c => c.Name)) is string match
            ? $" Did you mean '{match}'?"
            : string.Empty;
    }
}
