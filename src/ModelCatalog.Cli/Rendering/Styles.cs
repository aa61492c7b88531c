using Spectre.Console;

namespace ModelCatalog.Cli.Rendering;

/// <summary>The few styles the tool uses; they vanish when colour is off.</summary>
internal static class Styles
{
    public static readonly Style Header = new(decoration: Decoration.Bold);

    public static readonly Style Label = new(foreground: Color.Grey);

    public static readonly Style Title = new(foreground: Color.Aqua, decoration: Decoration.Bold);

    public static readonly Style Error = new(foreground: Color.Red);

    public static readonly Style Warning = new(foreground: Color.Yellow);
}
