using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

internal sealed class TemplateWriter : IEntityWriter<TemplateEntry>
{
    private readonly CatalogModel _catalog;

    public TemplateWriter(CatalogModel catalog) => _catalog = catalog;

    public string ClassName => "Templates";

    public string RecordType => "Template";

    public string IdEnum => "TemplateId";

    public string Plural => "chat templates";

    public string Reader => "ReadTemplates";

    public void Encode(DataWriter data, TemplateEntry t)
    {
        data.Int(IdValue.Of(t.Id));
        data.String(t.Id);
        data.String(t.Name);
        data.Strings(t.Aliases);
        data.String(t.Prefix);
        data.String(t.System);
        data.Int(EnumOrdinals.SystemPlacement(t.SystemPlacement));
        data.String(t.User);
        data.String(t.Assistant);
        data.String(t.Separator);
        data.OptionalString(t.DefaultSystem);
        data.Strings(t.StopWords);
        data.Int(t.Modalities);
        data.OptionalString(t.ImageToken);
        data.OptionalString(t.VideoToken);
        data.OptionalString(t.AudioToken);
        data.Strings(t.Sources);
        data.OptionalString(t.Notes);
    }

    public void Describe(CodeWriter code, TemplateEntry t)
    {
        code.DocLine().Text("<b>").Doc(t.Name).Text("</b> chat template (<c>").Doc(t.Id).Text("</c>). Modalities: ");
        Facts.Modalities(code, t.Modalities);
        code.End(".");
        Turn(code, "<para>User turn: <c>", t.User);
        Turn(code, "<para>Assistant turn: <c>", t.Assistant);
        if (t.StopWords.Count > 0)
        {
            code.DocLine().Text("<para>Stop words: ");
            int start = code.Builder.Length;
            for (int i = 0; i < t.StopWords.Count; i++)
            {
                code.Text(i > 0 ? " " : string.Empty);
                DocText.AppendVisible(code.Builder, t.StopWords[i], start);
            }

            code.End("</para>");
        }

        if (t.Models.Count > 0)
        {
            code.DocLine().Text("<para>Used by: ");
            Docs.Models(code, _catalog, t.Models);
            code.End(".</para>");
        }

        Docs.Para(code, "Source: ", t.Sources.Count > 0 ? t.Sources[0] : null);
    }

    private static void Turn(CodeWriter code, string label, string format)
    {
        code.DocLine().Text(label);
        DocText.AppendVisible(code.Builder, format, code.Builder.Length);
        code.End("</c></para>");
    }
}
