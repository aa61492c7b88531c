using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Cli.Export;
using ModelCatalog.Cli.Help;
using ModelCatalog.Cli.Rendering;

namespace ModelCatalog.Cli.Commands;

/// <summary><c>show NAME</c>: every fact of one model, organization, template or checkpoint, with its relationships.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "The id, name or alias of a model, organization or template, or a checkpoint's id, name or repository id (any case)." };
        var kind = new Option<string?>("--kind")
        {
            Description = "Look only among models, organizations, templates or checkpoints, for a name several kinds share (\"Llama 3\").",
        };
        kind.AcceptOnlyFromAmong("model", "organization", "template", "checkpoint");
        var json = new Option<bool>("--json") { Description = "Print the entry as the export's JSON object instead." };

        var command = new Command("show", "Show every fact of one model, organization, template or checkpoint, with what it is linked to.")
        {
            name, kind, json,
        };
        command.SetAction(parse =>
        {
            string wanted = parse.GetValue(name)!;
            EntryKind? onlyKind = KindWords.Parse(parse.GetValue(kind));
            IReadOnlyList<AnyEntry> found = EntryLookup.FindExact(wanted, onlyKind);
            if (found.Count == 0)
            {
                string what = onlyKind is EntryKind k ? KindWords.Word(k) : "model, organization, template or checkpoint";
                IEnumerable<AnyEntry> candidates = AnyEntry.All().Where(e => onlyKind is null || e.Kind == onlyKind);
                throw CliException.Failure($"no {what} is called '{wanted}'.{EntryLookup.DidYouMean(wanted, candidates)}");
            }

            AnyEntry entry = found[0];
            foreach (AnyEntry other in found.Skip(1))
            {
                environment.Error.WriteLine($"note: '{wanted}' also names {other.KindWord} {other.Slug}; add --kind {other.KindWord} to show it.");
            }

            if (parse.GetValue(json))
            {
                environment.Out.Write(JsonText.ToText(w => CatalogJson.WriteEntry(w, entry)));
            }
            else
            {
                Output.Write(environment, EntryFacts.For(entry).ToRenderable());
            }

            return ExitCodes.Success;
        });
        return command.With(
            "modelcatalog show llama-3",
            "modelcatalog show \"Llama 3\" --kind template",
            "modelcatalog show meta",
            "modelcatalog show qwen2.5 --json",
            "modelcatalog show meta-llama/Meta-Llama-3-8B-Instruct");
    }
}
