using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Cli.Export;
using ModelCatalog.Cli.Help;
using ModelCatalog.Cli.Rendering;
using Spectre.Console;

namespace ModelCatalog.Cli.Commands;

/// <summary><c>search TEXT</c>: entries ranked by how well their id, name or an alias matches, typos tolerated.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text") { Description = "What to look for: part of a name, id or alias, typos allowed." };
        var kind = new Option<string?>("--kind") { Description = "Search only models, organizations, templates or checkpoints." };
        kind.AcceptOnlyFromAmong("model", "organization", "template", "checkpoint");
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many matches.",
            DefaultValueFactory = _ => 10,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print the matches as a JSON array (kind, id, name, matched, match)." };

        var command = new Command("search", "Find models, organizations and templates by name, id or alias, best match first. Exits 1 when nothing matches.")
        {
            text, kind, limit, json,
        };
        command.SetAction(parse =>
        {
            string query = parse.GetValue(text)!;
            EntryKind? onlyKind = KindWords.Parse(parse.GetValue(kind));
            List<SearchHit> hits = NameSearch.Search(query, AnyEntry.All().Where(e => onlyKind is null || e.Kind == onlyKind))
                .Take(parse.GetValue(limit))
                .ToList();
            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => WriteJson(w, hits)));
            }
            else if (hits.Count > 0)
            {
                Table table = Tables.Create(environment, "Kind", "Id", "Name", "Matched", "Match");
                foreach (SearchHit hit in hits)
                {
                    Tables.AddRow(table, hit.Entry.KindWord, hit.Entry.Slug, hit.Entry.Name, hit.MatchedName, MatchWord(hit.Match));
                }

                Output.Write(environment, table);
            }

            if (hits.Count == 0)
            {
                environment.Error.WriteLine($"Nothing in the catalog matches '{query}'.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog search llama",
            "modelcatalog search mistrel",
            "modelcatalog search qwen --kind model --limit 5",
            "modelcatalog search facebook --json");
    }

    private static string MatchWord(MatchKind match) => match.ToString().ToLowerInvariant();

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, IEnumerable<SearchHit> hits)
    {
        json.WriteStartArray();
        foreach (SearchHit hit in hits)
        {
            json.WriteStartObject();
            json.WriteString("kind", hit.Entry.KindWord);
            json.WriteString("id", hit.Entry.Slug);
            json.WriteString("name", hit.Entry.Name);
            json.WriteString("matched", hit.MatchedName);
            json.WriteString("match", MatchWord(hit.Match));
            json.WriteNumber("score", hit.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
