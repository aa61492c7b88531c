using System.Collections.Generic;
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

    public string Singular => "organization";

    public string WithArticle => "an organization";

    public string Parameter => "organization";

    public IReadOnlyList<Field<OrganizationEntry>> Fields { get; } = new[]
    {
        Field.Int<OrganizationEntry>("id", "OrganizationId", o => IdValue.Of(o.Id)),
        Field.String<OrganizationEntry>("slug", o => o.Id),
        Field.String<OrganizationEntry>("name", o => o.Name),
        Field.Strings<OrganizationEntry>("aliases", o => o.Aliases),
        Field.OptionalString<OrganizationEntry>("country", o => o.Country),
        Field.Strings<OrganizationEntry>("huggingFace", o => o.HuggingFace),
        Field.OptionalString<OrganizationEntry>("website", o => o.Website),
        Field.Strings<OrganizationEntry>("sources", o => o.Sources),
        Field.OptionalString<OrganizationEntry>("notes", o => o.Notes),
    };

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
