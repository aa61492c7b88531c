using System;
using System.IO;

namespace ModelCatalog.Cli;

/// <summary>
/// Everything a command may learn from the process around it, passed in rather than read from <see cref="Console"/>
/// so that tests can run commands in-process, in parallel, as if on a terminal or redirected.
/// </summary>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where errors and notes go.</param>
/// <param name="IsTerminal">Whether <paramref name="Out"/> is a terminal a person reads (tables fit its width).</param>
/// <param name="Width">The terminal's width in columns; ignored when redirected.</param>
/// <param name="UseColor">Whether to colour the output: only on a terminal, and never when NO_COLOR is set.</param>
/// <param name="CurrentDirectory">Where relative paths start and where the repository's data/ is looked for.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool IsTerminal, int Width, bool UseColor, string CurrentDirectory)
{
    /// <summary>Wide enough that redirected tables never wrap: one row per line, for grep and diff.</summary>
    internal const int RedirectedWidth = 4096;

    /// <summary>Output that goes to files or pipes: plain text, no colour, no wrapping.</summary>
    public static CliEnvironment Redirected(TextWriter stdout, TextWriter stderr, string? currentDirectory = null) =>
        new(stdout, stderr, IsTerminal: false, Width: RedirectedWidth, UseColor: false, currentDirectory ?? Environment.CurrentDirectory);

    /// <summary>The real console, with colour only on a terminal and when NO_COLOR (https://no-color.org) is unset.</summary>
    public static CliEnvironment FromConsole()
    {
        bool isTerminal = !Console.IsOutputRedirected;
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        int width = isTerminal ? TerminalWidth() : RedirectedWidth;
        return new CliEnvironment(Console.Out, Console.Error, isTerminal, width, isTerminal && !noColor, Environment.CurrentDirectory);
    }

    /// <summary>The width layouts use: the terminal's, or unbounded when redirected.</summary>
    internal int LayoutWidth => IsTerminal ? Math.Max(Width, 40) : RedirectedWidth;

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
