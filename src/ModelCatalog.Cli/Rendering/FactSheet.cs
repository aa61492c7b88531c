using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace ModelCatalog.Cli.Rendering;

/// <summary>One entry's facts as labelled lines under a title; facts without a value are left out.</summary>
internal sealed class FactSheet
{
    private readonly List<(string Label, string Value)> _facts = [];

    public FactSheet(string title) => Title = title;

    public string Title { get; }

    public IReadOnlyList<(string Label, string Value)> Facts => _facts;

    public FactSheet Add(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _facts.Add((label, value));
        }

        return this;
    }

    public FactSheet Add(string label, IEnumerable<string> values) => Add(label, string.Join(", ", values));

    /// <summary>One value per line (sources, which are long).</summary>
    public FactSheet AddLines(string label, IEnumerable<string> values) => Add(label, string.Join("\n", values));

    public Rows ToRenderable()
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn());
        foreach ((string label, string value) in _facts)
        {
            grid.AddRow(new Text(label, Styles.Label), new Text(value));
        }

        return new Rows(new Text(Title, Styles.Title), grid, Text.Empty);
    }
}
