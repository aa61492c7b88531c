using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ModelCatalog.Cli.Help;

/// <summary>Example command lines for a command's --help, shown in an "Examples:" section after the options.</summary>
internal static class Examples
{
    private static readonly ConditionalWeakTable<Command, string[]> ByCommand = new();

    public static TCommand With<TCommand>(this TCommand command, params string[] examples)
        where TCommand : Command
    {
        ByCommand.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Replaces the root's help action by one that writes System.CommandLine's help, then the examples.</summary>
    public static HelpAction AddToHelp(RootCommand root, int maxWidth)
    {
        HelpOption option = root.Options.OfType<HelpOption>().Single();
        var standard = (HelpAction)option.Action!;
        standard.MaxWidth = maxWidth;
        option.Action = new HelpWithExamples(standard);
        return standard;
    }

    public static void Write(ParseResult parse)
    {
        Command command = parse.CommandResult.Command;
        if (!ByCommand.TryGetValue(command, out string[]? examples) || examples.Length == 0)
        {
            return;
        }

        System.IO.TextWriter output = parse.InvocationConfiguration.Output;
        output.WriteLine("Examples:");
        foreach (string example in examples)
        {
            output.WriteLine("  " + example);
        }

        output.WriteLine();
    }

    private sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            Write(parseResult);
            return ExitCodes.Success;
        }
    }
}
