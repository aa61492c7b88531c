using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Cli.Catalog;

/// <summary>The kinds of entry, in the order the tool lists them when one name fits several.</summary>
internal enum EntityKind
{
    Model,
    Organization,
    Template,
    Checkpoint,
}

/// <summary>Any entry of the compiled catalog with its kind, so that show and search can treat all kinds alike.</summary>
internal sealed record CatalogEntity(EntityKind Kind, ICatalogEntry Entry)
{
    public string Slug => Entry.Slug;

    public string Name => Entry.Name;

    /// <summary>The word for the kind in messages and JSON: <c>model</c>, <c>organization</c>, <c>template</c>, <c>checkpoint</c>.</summary>
    public string KindWord => KindWords.Word(Kind);

    /// <summary>Every name the entry can be found by: id, display name, aliases (a checkpoint's: its repository ids).</summary>
    public IEnumerable<string> Keys => new[] { Entry.Slug, Entry.Name }.Concat(Entry.Aliases);

    public static IEnumerable<CatalogEntity> All() =>
        Models.All.Select(m => new CatalogEntity(EntityKind.Model, m))
            .Concat(Organizations.All.Select(o => new CatalogEntity(EntityKind.Organization, o)))
            .Concat(Templates.All.Select(t => new CatalogEntity(EntityKind.Template, t)))
            .Concat(Checkpoints.All.Select(c => new CatalogEntity(EntityKind.Checkpoint, c)));
}

internal static class KindWords
{
    public static string Word(EntityKind kind) => kind switch
    {
        EntityKind.Model => "model",
        EntityKind.Organization => "organization",
        EntityKind.Checkpoint => "checkpoint",
        _ => "template",
    };

    /// <summary>The kind a <c>--kind</c> option names, or null for "any kind".</summary>
    public static EntityKind? Parse(string? word) => word switch
    {
        "model" => EntityKind.Model,
        "organization" => EntityKind.Organization,
        "template" => EntityKind.Template,
        "checkpoint" => EntityKind.Checkpoint,
        _ => null,
    };
}
