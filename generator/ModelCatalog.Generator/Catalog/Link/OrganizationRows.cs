using System.Collections.Generic;
using System.Collections.Immutable;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>Reads the rows of organizations.csv into entries (their model lists are filled in later).</summary>
internal static class OrganizationRows
{
    public static OrganizationEntry? Read(CellReader row, IdRegistry ids)
    {
        if (ids.Claim(row) is not (string id, string identifier))
        {
            return null;
        }

        string name = row.Required("name") ?? id;
        string? country = row.Optional("country");
        if (country is not null && !IsCountryCode(country))
        {
            row.Report(Rules.InvalidEnumValue, row.Cell("country"), $"'{country}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. 'US', 'CN')");
            country = null;
        }

        List<Item> handleItems = row.List("hugging_face");
        ImmutableArray<string>.Builder handles = ImmutableArray.CreateBuilder<string>(handleItems.Count);
        foreach (Item item in handleItems)
        {
            handles.Add(item.Text);
        }

        var entry = new OrganizationEntry(
            id,
            identifier,
            name,
            Texts(row.List("aliases")),
            country,
            handles.ToEquatableArray(),
            row.Url("website"),
            row.Urls("source", required: true),
            row.Optional("notes", allowLineBreaks: true),
            EquatableArray<int>.Empty);
        ids.Accept(id);
        return entry;
    }

    internal static EquatableArray<string> Texts(List<Item> items)
    {
        ImmutableArray<string>.Builder texts = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (Item item in items)
        {
            texts.Add(item.Text);
        }

        return texts.ToEquatableArray();
    }

    private static bool IsCountryCode(string value) =>
        value.Length == 2 && value[0] is >= 'A' and <= 'Z' && value[1] is >= 'A' and <= 'Z';
}
