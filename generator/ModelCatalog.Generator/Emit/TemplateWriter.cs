using System.Collections.Generic;
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

    public string Singular => "chat template";

    public string WithArticle => "a chat template";

    public string Parameter => "template";

    public IReadOnlyList<Field<TemplateEntry>> Fields { get; } = new[]
    {
        Field.Int<TemplateEntry>("id", "TemplateId", t => IdValue.Of(t.Id)),
        Field.String<TemplateEntry>("slug", t => t.Id),
        Field.String<TemplateEntry>("name", t => t.Name),
        Field.Strings<TemplateEntry>("aliases", t => t.Aliases),
        Field.String<TemplateEntry>("prefix", t => t.Prefix),
        Field.String<TemplateEntry>("systemFormat", t => t.System),
        Field.Int<TemplateEntry>("systemPlacement", "SystemPlacement", t => EnumOrdinals.SystemPlacement(t.SystemPlacement)),
        Field.String<TemplateEntry>("userFormat", t => t.User),
        Field.String<TemplateEntry>("assistantFormat", t => t.Assistant),
        Field.String<TemplateEntry>("separator", t => t.Separator),
        Field.OptionalString<TemplateEntry>("defaultSystem", t => t.DefaultSystem),
        Field.Strings<TemplateEntry>("stopWords", t => t.StopWords),
        Field.Int<TemplateEntry>("modalities", "Modality", t => t.Modalities),
        Field.OptionalString<TemplateEntry>("imageToken", t => t.ImageToken),
        Field.OptionalString<TemplateEntry>("videoToken", t => t.VideoToken),
        Field.OptionalString<TemplateEntry>("audioToken", t => t.AudioToken),
        Field.Strings<TemplateEntry>("sources", t => t.Sources),
        Field.OptionalString<TemplateEntry>("notes", t => t.Notes),
    };

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
