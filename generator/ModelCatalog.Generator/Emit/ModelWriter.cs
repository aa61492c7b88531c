using System.Linq;
using System.Collections.Generic;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

internal sealed class ModelWriter : IEntityWriter<ModelEntry>
{
    private readonly CatalogModel _catalog;

    private readonly Facts _facts = new();

    public ModelWriter(CatalogModel catalog)
    {
        _catalog = catalog;
        Fields = new[]
        {
            Field.Int<ModelEntry>("id", "ModelId", m => IdValue.Of(m.Id)),
            Field.String<ModelEntry>("slug", m => m.Id),
            Field.String<ModelEntry>("name", m => m.Name),
            Field.Strings<ModelEntry>("aliases", m => m.Aliases),
            Field.Int<ModelEntry>("organization", "OrganizationId", m => IdValue.Of(_catalog.Organizations[m.Organization].Id)),
            Field.Releases<ModelEntry>("releases", m => m.Releases),
            Field.Sizes<ModelEntry>("sizes", m => m.Sizes),
            Field.OptionalLong<ModelEntry>("trainingTokens", m => m.TrainingTokens),
            Field.OptionalInt<ModelEntry>("architecture", "Architecture", m => m.Architecture is string a ? EnumOrdinals.Architecture(a) : null),
            Field.Ints<ModelEntry>("languages", "Language", m => m.Languages.Select(EnumOrdinals.Language)),
            Field.Int<ModelEntry>("modalities", "Modality", m => m.Modalities),
            Field.OptionalBool<ModelEntry>("openWeights", m => m.OpenWeights),
            Field.OptionalInt<ModelEntry>("baseModel", "ModelId", m => m.BaseModel is int parent ? IdValue.Of(_catalog.Models[parent].Id) : null),
            Field.Ints<ModelEntry>("templates", "TemplateId", m => m.Templates.Select(t => IdValue.Of(_catalog.Templates[t].Id))),
            Field.Strings<ModelEntry>("sources", m => m.Sources),
            Field.OptionalString<ModelEntry>("notes", m => m.Notes),
        };
    }

    public string ClassName => "Models";

    public string RecordType => "Model";

    public string IdEnum => "ModelId";

    public string Plural => "models";

    public string Singular => "model";

    public string WithArticle => "a model";

    public string Parameter => "model";

    public IReadOnlyList<Field<ModelEntry>> Fields { get; }

    public void Describe(CodeWriter code, ModelEntry m)
    {
        OrganizationEntry organization = _catalog.Organizations[m.Organization];
        code.DocLine().Text("<b>").Doc(m.Name).Text("</b> (<c>").Doc(m.Id).Text("</c>) by <see cref=\"Organizations.")
            .Text(organization.Identifier).Text("\">").Doc(organization.Name).End("</see>.");
        Docs.AlsoKnownAs(code, m.Aliases);

        FactParagraphs(code, m, _facts);

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

    /// <summary>The model's dated and typed facts, two paragraphs; a consumer's generated docs use them too.</summary>
    internal static void FactParagraphs(CodeWriter code, ModelEntry m, Facts facts)
    {
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
                facts.Sizes(code, m.Sizes);
                separator = ". ";
            }

            if (m.TrainingTokens is long tokens)
            {
                code.Text(separator).Text("Training tokens: ").Text(facts.Count(tokens));
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
    }
}
