using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;

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
        data.Ints(t.Models);
    }

    public IEnumerable<string> Describe(TemplateEntry t)
    {
        yield return $"<b>{DocText.Escape(t.Name)}</b> chat template (<c>{DocText.Escape(t.Id)}</c>). Modalities: {Facts.Modalities(t.Modalities)}.";
        yield return $"<para>User turn: <c>{DocText.Escape(Visible(t.User))}</c></para>";
        yield return $"<para>Assistant turn: <c>{DocText.Escape(Visible(t.Assistant))}</c></para>";
        if (t.StopWords.Count > 0)
        {
            yield return $"<para>Stop words: {DocText.Escape(string.Join(" ", t.StopWords.Select(Visible)))}</para>";
        }

        if (t.Models.Count > 0)
        {
            yield return $"<para>Used by: {string.Join(", ", t.Models.Select(m => $"<see cref=\"Models.{_catalog.Models[m].Identifier}\">{DocText.Escape(_catalog.Models[m].Name)}</see>"))}.</para>";
        }

        if (t.Sources.Count > 0)
        {
            yield return $"<para>Source: {DocText.Escape(t.Sources[0])}</para>";
        }
    }

    /// <summary>Shows line breaks and tabs as the tables write them, so a format fits on one doc line.</summary>
    private static string Visible(string text) => text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\t", "\\t");
}
