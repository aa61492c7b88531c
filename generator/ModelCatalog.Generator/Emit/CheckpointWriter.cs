using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

internal sealed class CheckpointWriter : IEntityWriter<CheckpointEntry>
{
    private readonly CatalogModel _catalog;

    private readonly Facts _facts = new();

    public CheckpointWriter(CatalogModel catalog)
    {
        _catalog = catalog;
        Fields = new[]
        {
            Field.Int<CheckpointEntry>("id", "CheckpointId", c => IdValue.Of(c.Id)),
            Field.String<CheckpointEntry>("slug", c => c.Id),
            Field.String<CheckpointEntry>("name", c => c.Name),
            Field.Strings<CheckpointEntry>("repositoryIds", c => c.Aliases),
            Field.Int<CheckpointEntry>("model", "ModelId", c => IdValue.Of(_catalog.Models[c.Model].Id)),
            Field.OptionalRelease<CheckpointEntry>("release", c => c.Release),
            Field.Size<CheckpointEntry>("size", c => c.Size),
            Field.Int<CheckpointEntry>("variant", "CheckpointVariant", c => EnumOrdinals.Variant(c.Variant)),
            Field.Strings<CheckpointEntry>("huggingFace", c => c.HuggingFace),
            Field.Strings<CheckpointEntry>("modelScope", c => c.ModelScope),
            Field.Ints<CheckpointEntry>("templates", "TemplateId", c => c.Templates.Select(t => IdValue.Of(_catalog.Templates[t].Id))),
            Field.OptionalInt<CheckpointEntry>("contextLength", c => c.ContextLength),
            Field.OptionalString<CheckpointEntry>("license", c => c.License),
            Field.Strings<CheckpointEntry>("sources", c => c.Sources),
            Field.OptionalString<CheckpointEntry>("notes", c => c.Notes),
        };
    }

    public string ClassName => "Checkpoints";

    public string RecordType => "Checkpoint";

    public string IdEnum => "CheckpointId";

    public string Plural => "checkpoints";

    public string Singular => "checkpoint";

    public string WithArticle => "a checkpoint";

    public string Parameter => "checkpoint";

    public IReadOnlyList<Field<CheckpointEntry>> Fields { get; }

    public void Describe(CodeWriter code, CheckpointEntry c)
    {
        ModelEntry model = _catalog.Models[c.Model];
        code.DocLine().Text("<b>").Doc(c.Name).Text("</b> (<c>").Doc(c.Id).Text("</c>): ").Text(Article(c.Variant)).Text(" ")
            .Text(c.Variant.ToLowerInvariant()).Text(" checkpoint of ").See("Models", model.Identifier, model.Name);
        if (c.Release is ReleaseValue release)
        {
            code.Text(" ").Doc(release.Version ?? string.Empty);
        }

        code.Text(", ").Doc(_facts.Size(c.Size)).End(".");
        if (c.HuggingFace.Count > 0 || c.ModelScope.Count > 0)
        {
            code.DocLine().Text("<para>");
            Repositories(code, "Hugging Face: ", c.HuggingFace);
            Repositories(code, c.HuggingFace.Count > 0 ? " ModelScope: " : "ModelScope: ", c.ModelScope);
            code.End("</para>");
        }

        EquatableArray<int> templates = c.Templates.Count > 0 ? c.Templates : model.Templates;
        code.DocLine().Text("<para>");
        if (templates.Count > 0)
        {
            code.Text("Chat templates: ");
            for (int i = 0; i < templates.Count; i++)
            {
                TemplateEntry template = _catalog.Templates[templates[i]];
                code.Text(i > 0 ? ", " : string.Empty).See("Templates", template.Identifier, template.Id);
            }

            code.Text(c.Templates.Count > 0 ? " (its own). " : " (its model's). ");
        }

        code.Text("Context length: ").Text(c.ContextLength is int tokens ? tokens.ToString(CultureInfo.InvariantCulture) + " tokens" : "unknown")
            .Text(". License: ");
        if (c.License is string license)
        {
            code.Doc(license);
        }
        else
        {
            code.Text("unknown");
        }

        code.End(".</para>");
        Docs.Para(code, "Notes: ", c.Notes);
        Docs.Para(code, "Source: ", c.Sources.Count > 0 ? c.Sources[0] : null);
    }

    private static void Repositories(CodeWriter code, string label, EquatableArray<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        code.Text(label);
        for (int i = 0; i < ids.Count; i++)
        {
            code.Text(i > 0 ? ", <c>" : "<c>").Doc(ids[i]).Text("</c>");
        }

        code.Text(".");
    }

    private static string Article(string variant) => variant is "Instruct" ? "an" : "a";
}
