using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace ModelCatalog.Cli.Rendering;

/// <summary>The one table style of the tool: a framed table on a terminal, bare aligned columns when redirected.</summary>
internal static class Tables
{
    public static Table Create(CliEnvironment environment, params string[] headers)
    {
        var table = new Table
        {
            Border = environment.IsTerminal ? TableBorder.Rounded : TableBorder.None,
            ShowHeaders = true,
        };
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, Styles.Header)));
        }

        return table;
    }

    /// <summary>Keeps short columns (ids, dates) whole on a narrow terminal; the long ones wrap instead.</summary>
    public static Table NoWrap(Table table, params int[] columns)
    {
        foreach (int column in columns)
        {
            table.Columns[column].NoWrap();
        }

        return table;
    }

    /// <summary>Adds a row of plain text: data never goes through markup, so a '[' in a name cannot break it.</summary>
    public static void AddRow(Table table, params string?[] cells) =>
        table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? string.Empty)).ToArray());

    public static string Join(IEnumerable<string> values) => string.Join(", ", values);
}
