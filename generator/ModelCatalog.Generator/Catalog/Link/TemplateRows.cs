using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>Reads the rows of templates.csv into entries (their model lists are filled in later).</summary>
internal static class TemplateRows
{
    public static TemplateEntry? Read(CellReader row, IdRegistry ids)
    {
        if (ids.Claim(row) is not (string id, string identifier))
        {
            return null;
        }

        string name = row.Required("name") ?? id;
        var entry = new TemplateEntry(
            id,
            identifier,
            name,
            OrganizationRows.Texts(row.List("aliases")),
            row.TemplateText("prefix", required: false, needsContent: false) ?? string.Empty,
            row.TemplateText("system", required: false, needsContent: true) ?? TemplateTextDefaults.System,
            row.TryChoice("system_placement", Values.Vocabulary.SystemPlacements, "a system placement", out string placement) ? placement : "OwnTurn",
            row.TemplateText("user", required: true, needsContent: true) ?? TemplateTextDefaults.User,
            row.TemplateText("assistant", required: true, needsContent: true) ?? TemplateTextDefaults.Assistant,
            row.TemplateText("separator", required: false, needsContent: false) ?? string.Empty,
            row.TemplateText("default_system", required: false, needsContent: false),
            StopWords(row),
            row.Modalities("modalities"),
            row.Optional("image_token"),
            row.Optional("video_token"),
            row.Optional("audio_token"),
            row.Urls("source", required: true),
            row.Optional("notes", allowLineBreaks: true),
            EquatableArray<int>.Empty);
        ids.Accept(id);
        return entry;
    }

    private static EquatableArray<string> StopWords(CellReader row)
    {
        System.Collections.Generic.List<Item> items = row.List("stop_words");
        var words = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (Item item in items)
        {
            if (Values.TemplateText.TryUnescape(item.Text, out string word, out _))
            {
                words.Add(word);
            }
            else
            {
                row.Report(Diagnostics.Rules.InvalidTemplateText, item, $"'{item.Text}' has a backslash that starts no escape; use \\n, \\t or \\\\");
            }
        }

        return words.ToEquatableArray();
    }
}

/// <summary>What a template row falls back to when a required format is missing or broken (already reported).</summary>
internal static class TemplateTextDefaults
{
    public const string System = "{{content}}";
    public const string User = "{{content}}";
    public const string Assistant = "{{content}}";
}
