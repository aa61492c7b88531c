using System.Collections.Generic;
using System.Collections.Immutable;
using ModelCatalog.Formats;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Reads the rows of models.csv. The organization and templates are resolved here; the base model is resolved
/// once every model id is known (<see cref="BaseModels"/>), so the entry keeps its base model cell for that.
/// </summary>
internal static class ModelRows
{
    public static ModelRow? Read(CellReader row, IdRegistry ids, IdRegistry organizations, IdRegistry templates)
    {
        if (ids.Claim(row) is not (string id, string identifier))
        {
            return null;
        }

        string name = row.Required("name") ?? id;
        Cell organizationCell = row.Cell("organization");
        int organization;
        if (organizationCell.IsEmpty)
        {
            row.Report(Rules.EmptyRequiredCell, organizationCell, "every model needs an organization id; the row is left out");
            ids.Reject(id, row.Line);
            return null;
        }

        if (!organizations.TryGetIndex(organizationCell.Value, out organization))
        {
            row.Report(Rules.UnknownOrganization, organizationCell, organizations.Unresolved(organizationCell.Value, "the row is left out"));
            ids.Reject(id, row.Line);
            return null;
        }

        var entry = new ModelEntry(
            id,
            identifier,
            name,
            OrganizationRows.Texts(row.List("aliases")),
            organization,
            Releases(row),
            Sizes(row),
            TrainingTokens(row),
            row.TryChoice("architecture", Vocabulary.Architectures, "an architecture", out string architecture) ? architecture : null,
            Languages(row),
            row.Modalities("modalities"),
            row.TryChoice("open_weights", Vocabulary.YesNo, "an open-weights flag", out bool open) ? open : null,
            null,
            Templates(row, templates),
            row.Urls("source", required: true),
            row.Optional("notes", allowLineBreaks: true),
            EquatableArray<int>.Empty,
            EquatableArray<int>.Empty);
        ids.Accept(id);
        return new ModelRow(entry, row.Cell("base_model"));
    }

    private static EquatableArray<ReleaseValue> Releases(CellReader row)
    {
        List<Item> items = row.List("releases");
        ImmutableArray<ReleaseValue>.Builder releases = ImmutableArray.CreateBuilder<ReleaseValue>(items.Count);
        foreach (Item item in items)
        {
            if (ReleaseValue.TryParse(item.Text, out ReleaseValue? release, out string? badDate))
            {
                releases.Add(release!);
            }
            else if (badDate is not null)
            {
                row.Report(Rules.InvalidDate, item, $"'{badDate}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (zero-padded, e.g. 2023-03-14)");
            }
            else
            {
                row.Report(Rules.InvalidRelease, item, $"'{item.Text}' is not a release; expected DATE or VERSION: DATE (e.g. '3.1: 2024-07')");
            }
        }

        return releases.ToEquatableArray();
    }

    private static EquatableArray<SizeValue> Sizes(CellReader row)
    {
        List<Item> items = row.List("sizes");
        ImmutableArray<SizeValue>.Builder sizes = ImmutableArray.CreateBuilder<SizeValue>(items.Count);
        foreach (Item item in items)
        {
            if (SizeValue.TryParse(item.Text, out SizeValue? size))
            {
                sizes.Add(size!);
            }
            else
            {
                row.Report(Rules.InvalidSize, item, $"'{item.Text}' is not a size; expected a count with its unit (7B, 560M), experts (8x7B), a range (125M-175B), an exact count after '=' (8x7B=46.7B), '?' for unknown, or a trailing '?' when doubtful");
            }
        }

        return sizes.ToEquatableArray();
    }

    private static long? TrainingTokens(CellReader row)
    {
        Cell cell = row.Cell("training_tokens");
        if (cell.IsEmpty)
        {
            return null;
        }

        if (CountText.TryParse(cell.Value, out long tokens))
        {
            return tokens;
        }

        row.Report(Rules.InvalidCount, cell, $"'{cell.Value}' is not a count; expected a number with a unit K, M, B or T (e.g. 1.4T, 300B)");
        return null;
    }

    private static EquatableArray<string> Languages(CellReader row)
    {
        List<Item> items = row.List("languages");
        ImmutableArray<string>.Builder languages = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (Item item in items)
        {
            if (Vocabulary.Languages.TryGetValue(item.Text, out string? member))
            {
                languages.Add(member);
            }
            else
            {
                row.Report(Rules.InvalidEnumValue, item, $"'{item.Text}' is not a language; expected an ISO 639-1 code of {Vocabulary.Describe(Vocabulary.Languages)}{Suggestions.DidYouMean(item.Text, Vocabulary.Languages.Keys)}");
            }
        }

        return languages.ToEquatableArray();
    }

    /// <summary>The templates a row lists, each reported (MCAT203) and left out when unknown; checkpoints share it.</summary>
    internal static EquatableArray<int> Templates(CellReader row, IdRegistry templates)
    {
        List<Item> items = row.List("templates");
        ImmutableArray<int>.Builder indexes = ImmutableArray.CreateBuilder<int>(items.Count);
        foreach (Item item in items)
        {
            if (templates.TryGetIndex(item.Text, out int index))
            {
                indexes.Add(index);
            }
            else
            {
                row.Report(Rules.UnknownTemplate, item, templates.Unresolved(item.Text));
            }
        }

        return indexes.ToEquatableArray();
    }
}

/// <summary>A model read from its row, with the base model cell that is resolved once all models are known.</summary>
internal sealed record ModelRow(ModelEntry Entry, Cell BaseCell);
