using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

internal sealed class ModelWriter : IEntityWriter<ModelEntry>
{
    private readonly CatalogModel _catalog;

    private readonly Facts _facts = new();

    public ModelWriter(CatalogModel catalog) => _catalog = catalog;

    public string ClassName => "Models";

    public string RecordType => "Model";

    public string IdEnum => "ModelId";

    public string Plural => "models";

    public string Reader => "ReadModels";

    public void Encode(DataWriter data, ModelEntry m)
    {
        data.Int(IdValue.Of(m.Id));
        data.String(m.Id);
        data.String(m.Name);
        data.Strings(m.Aliases);
        data.Int(IdValue.Of(_catalog.Organizations[m.Organization].Id));
        data.Int(m.Releases.Count);
        foreach (ReleaseValue release in m.Releases)
        {
            data.OptionalString(release.Version);
            data.Int(release.Date.Year);
            data.Int(release.Date.Month);
            data.Int(release.Date.Day);
        }

        data.Int(m.Sizes.Count);
        foreach (SizeValue size in m.Sizes)
        {
            data.Bool(size.Known);
            if (size.Known)
            {
                data.String(size.Label);
                data.Long(size.Parameters);
                data.Long(size.MinimumParameters);
                data.OptionalInt(size.Experts);
                data.Bool(size.Uncertain);
                data.Bool(size.ExplicitCount);
            }
        }

        data.OptionalLong(m.TrainingTokens);
        data.OptionalInt(m.Architecture is string architecture ? EnumOrdinals.Architecture(architecture) : null);
        data.Int(m.Languages.Count);
        foreach (string language in m.Languages)
        {
            data.Int(EnumOrdinals.Language(language));
        }

        data.Int(m.Modalities);
        data.OptionalBool(m.OpenWeights);
        data.OptionalInt(m.BaseModel is int parent ? IdValue.Of(_catalog.Models[parent].Id) : null);
        data.Int(m.Templates.Count);
        foreach (int template in m.Templates)
        {
            data.Int(IdValue.Of(_catalog.Templates[template].Id));
        }

        data.Strings(m.Sources);
        data.OptionalString(m.Notes);
    }

    public void Describe(CodeWriter code, ModelEntry m)
    {
        OrganizationEntry organization = _catalog.Organizations[m.Organization];
        code.DocLine().Text("<b>").Doc(m.Name).Text("</b> (<c>").Doc(m.Id).Text("</c>) by <see cref=\"Organizations.")
            .Text(organization.Identifier).Text("\">").Doc(organization.Name).End("</see>.");
        Docs.AlsoKnownAs(code, m.Aliases);

        if (m.Releases.Count > 0 || m.Sizes.Count > 0 || m.TrainingTokens is not null)
        {
            // The facts that are known, joined by ". ".
            string separator = string.Empty;
            code.DocLine().Text("<para>");
            if (m.Releases.Count > 0)
            {
                code.Text("Released: ");
                Facts.Releases(code, m.Releases);
                separator = ". ";
            }

            if (m.Sizes.Count > 0)
            {
                code.Text(separator).Text("Sizes: ");
                _facts.Sizes(code, m.Sizes);
                separator = ". ";
            }

            if (m.TrainingTokens is long tokens)
            {
                code.Text(separator).Text("Training tokens: ").Text(_facts.Count(tokens));
            }

            code.End(".</para>");
        }

        code.DocLine().Text("<para>");
        if (m.Architecture is string architecture)
        {
            code.Text("Architecture: ").Text(Facts.Architecture(architecture)).Text(". ");
        }

        if (m.Languages.Count > 0)
        {
            code.Text("Languages: ");
            Docs.Join(code, m.Languages);
            code.Text(". ");
        }

        code.Text("Modalities: ");
        Facts.Modalities(code, m.Modalities);
        code.Text(". Open weights: ").Text(m.OpenWeights switch { true => "yes", false => "no", _ => "unknown" }).End(".</para>");

        if (m.BaseModel is not null || m.Templates.Count > 0)
        {
            code.DocLine().Text("<para>");
            if (m.BaseModel is int b)
            {
                ModelEntry parent = _catalog.Models[b];
                code.Text("Base model: ").See("Models", parent.Identifier, parent.Name).Text(m.Templates.Count > 0 ? ". " : string.Empty);
            }

            if (m.Templates.Count > 0)
            {
                code.Text("Chat templates: ");
                for (int i = 0; i < m.Templates.Count; i++)
                {
                    TemplateEntry template = _catalog.Templates[m.Templates[i]];
                    code.Text(i > 0 ? ", " : string.Empty).See("Templates", template.Identifier, template.Id);
                }
            }

            code.End(".</para>");
        }

        Docs.Para(code, "Notes: ", m.Notes);
        Docs.Para(code, "Source: ", m.Sources.Count > 0 ? m.Sources[0] : null);
    }
}
