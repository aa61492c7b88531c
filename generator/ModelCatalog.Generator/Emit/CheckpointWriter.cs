using System.Globalization;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

internal sealed class CheckpointWriter : IEntityWriter<CheckpointEntry>
{
    private readonly CatalogModel _catalog;

    private readonly Facts _facts = new();

    public CheckpointWriter(CatalogModel catalog) => _catalog = catalog;

    public string ClassName => "Checkpoints";

    public string RecordType => "Checkpoint";

    public string IdEnum => "CheckpointId";

    public string Plural => "checkpoints";

    public string Reader => "ReadCheckpoints";

    // The release is written as a list of none or one and the size as a list of one, in the model's encoding, so
    // that the runtime reads them as it reads a model's.
    public void Encode(DataWriter data, CheckpointEntry c)
    {
        data.Int(IdValue.Of(c.Id));
        data.String(c.Id);
        data.String(c.Name);
        data.Strings(c.Aliases);
        data.Int(IdValue.Of(_catalog.Models[c.Model].Id));
        data.Int(c.Release is null ? 0 : 1);
        if (c.Release is ReleaseValue release)
        {
            ModelWriter.EncodeRelease(data, release);
        }

        data.Int(1);
        ModelWriter.EncodeSize(data, c.Size);
        data.Int(EnumOrdinals.Variant(c.Variant));
        data.Strings(c.HuggingFace);
        data.Strings(c.ModelScope);
        data.Int(c.Templates.Count);
        foreach (int template in c.Templates)
        {
            data.Int(IdValue.Of(_catalog.Templates[template].Id));
        }

        data.OptionalInt(c.ContextLength);
        data.OptionalString(c.License);
        data.Strings(c.Sources);
        data.OptionalString(c.Notes);
    }

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
