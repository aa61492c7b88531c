using System;
using System.IO;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ModelCatalog.Cli.Rendering;

/// <summary>Writes a Spectre renderable to the environment's output.</summary>
internal static class Output
{
    public static void Write(CliEnvironment environment, IRenderable renderable)
    {
        if (environment.IsTerminal)
        {
            ConsoleFactory.Create(environment).Write(renderable);
            return;
        }

        // Redirected: Spectre pads every cell to its column's width; trailing spaces only get in a diff's way.
        using var buffer = new StringWriter();
        ConsoleFactory.Create(environment with { Out = buffer }).Write(renderable);
        foreach (string line in buffer.ToString().Split('\n'))
        {
            if (line.Length > 0)
            {
                environment.Out.WriteLine(line.TrimEnd());
            }
        }
    }

    /// <summary>A dim note for a person at a terminal ("12 models"); nothing when redirected, so output stays data only.</summary>
    public static void Note(CliEnvironment environment, string text)
    {
        if (environment.IsTerminal)
        {
            ConsoleFactory.Create(environment).Write(new Text(text + Environment.NewLine, Styles.Label));
        }
    }
}
