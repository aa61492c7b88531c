using Spectre.Console;

namespace ModelCatalog.Cli.Rendering;

/// <summary>
/// A Spectre console over the environment's output: colour and box drawing on a terminal, plain ASCII without
/// escape codes when redirected or NO_COLOR is set, and as wide as the terminal so that tables fit it.
/// </summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(CliEnvironment environment)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Out),
            Ansi = environment.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = environment.UseColor ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = environment.LayoutWidth;
        console.Profile.Capabilities.Unicode = environment.IsTerminal;
        return console;
    }
}
