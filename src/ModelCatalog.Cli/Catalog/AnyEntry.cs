using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Cli.Catalog;

/// <summary>The kinds of entry, in the order the tool lists them when one name fits several.</summary>
internal enum EntryKind
{
    Model,
    Organization,
    Template,
    Checkpoint,
}

/// <summary>Any entry of the compiled catalog with its kind, so that show and search can treat all kinds alike.</summary>
internal sealed record AnyEntry(EntryKind Kind, ICatalogEntry Value)
{
    public string Slug => Value.Slug;

    public string Name => Value.Name;

    /// <summary>The word for the kind in messages and JSON: <c>model</c>, <c>organization</c>, <c>template</c>, <c>checkpoint</c>.</summary>
    public string KindWord => KindWords.Word(Kind);

    /// <summary>Every name the entry can be found by: id, display name, aliases (a checkpoint's: its repository ids).</summary>
    public IEnumerable<string> Keys => new[] { Value.Slug, Value.Name }.Concat(Value.Aliases);

    public static IEnumerable<AnyEntry> All() =>
        Models.All.Select(m => new AnyEntry(EntryKind.Model, m))
            .Concat(Organizations.All.Select(o => new AnyEntry(EntryKind.Organization, o)))
            .Concat(Templates.All.Select(t => new AnyEntry(EntryKind.Template, t)))
            .Concat(Checkpoints.All.Select(c => new AnyEntry(EntryKind.Checkpoint, c)));
}

internal static class KindWords
{
    public static string Word(EntryKind kind) => kind switch
    {
        EntryKind.Model => "model",
        EntryKind.Organization => "organization",
        EntryKind.Checkpoint => "checkpoint",
        _ => "template",
    };

    /// <summary>The kind a <c>--kind</c> option names, or null for "any kind".</summary>
    public static EntryKind? Parse(string? word) => word switch
    {
        "model" => EntryKind.Model,
        "organization" => EntryKind.Organization,
        "template" => EntryKind.Template,
        "checkpoint" => EntryKind.Checkpoint,
        _ => null,
    };
}
