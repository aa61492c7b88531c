using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Generator.Emit;

internal sealed class OrganizationWriter : IEntityWriter<OrganizationEntry>
{
    private readonly CatalogModel _catalog;

    public OrganizationWriter(CatalogModel catalog) => _catalog = catalog;

    public string ClassName => "Organizations";

    public string RecordType => "Organization";

    public string IdEnum => "OrganizationId";

    public string Plural => "organizations";

    public string Reader => "ReadOrganizations";

    public void Encode(DataWriter data, OrganizationEntry o)
    {
        data.String(o.Id);
        data.String(o.Name);
        data.Strings(o.Aliases);
        data.OptionalString(o.Country);
        data.Strings(o.HuggingFace);
        data.OptionalString(o.Website);
        data.Strings(o.Sources);
        data.OptionalString(o.Notes);
        data.Ints(o.Models);
    }

    public IEnumerable<string> Describe(OrganizationEntry o)
    {
        yield return $"<b>{DocText.Escape(o.Name)}</b> (<c>{DocText.Escape(o.Id)}</c>){(o.Country is null ? string.Empty : ", " + o.Country)}.";
        if (o.Aliases.Count > 0)
        {
            yield return $"Also known as: {DocText.Escape(string.Join(", ", o.Aliases))}.";
        }

        if (o.HuggingFace.Count > 0)
        {
            yield return $"<para>Hugging Face: {DocText.Escape(string.Join(", ", o.HuggingFace))}.</para>";
        }

        if (o.Models.Count > 0)
        {
            yield return $"<para>Models: {string.Join(", ", o.Models.Select(m => $"<see cref=\"Models.{_catalog.Models[m].Identifier}\">{DocText.Escape(_catalog.Models[m].Name)}</see>"))}.</para>";
        }

        if (o.Website is string website)
        {
            yield return $"<para>Website: {DocText.Escape(website)}</para>";
        }

        if (o.Notes is string notes)
        {
            yield return $"<para>Notes: {DocText.Escape(notes)}</para>";
        }
    }
}
