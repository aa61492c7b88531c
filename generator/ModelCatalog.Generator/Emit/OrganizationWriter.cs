using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

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
        data.Int(IdValue.Of(o.Id));
        data.String(o.Id);
        data.String(o.Name);
        data.Strings(o.Aliases);
        data.OptionalString(o.Country);
        data.Strings(o.HuggingFace);
        data.OptionalString(o.Website);
        data.Strings(o.Sources);
        data.OptionalString(o.Notes);
    }

    public void Describe(CodeWriter code, OrganizationEntry o)
    {
        code.DocLine().Text("<b>").Doc(o.Name).Text("</b> (<c>").Doc(o.Id).Text("</c>)");
        if (o.Country is string country)
        {
            code.Text(", ").Text(country);
        }

        code.End(".");
        Docs.AlsoKnownAs(code, o.Aliases);
        if (o.HuggingFace.Count > 0)
        {
            code.DocLine().Text("<para>Hugging Face: ");
            Docs.Join(code, o.HuggingFace, escape: true);
            code.End(".</para>");
        }

        if (o.Models.Count > 0)
        {
            code.DocLine().Text("<para>Models: ");
            Docs.Models(code, _catalog, o.Models);
            code.End(".</para>");
        }

        Docs.Para(code, "Website: ", o.Website);
        Docs.Para(code, "Notes: ", o.Notes);
    }
}
