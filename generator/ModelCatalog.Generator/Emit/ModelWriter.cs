using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;

namespace ModelCatalog.Generator.Emit;

internal sealed class ModelWriter : IEntityWriter<ModelEntry>
{
    private readonly CatalogModel _catalog;

    public ModelWriter(CatalogModel catalog) => _catalog = catalog;

    public string ClassName => "Models";

    public string RecordType => "Model";

    public string IdEnum => "ModelId";

    public string Plural => "models";

    public string Construct(ModelEntry m)
    {
        var args = new List<string>
        {
            $"ModelId.{m.Identifier}",
            Literals.String(m.Id),
            Literals.String(m.Name),
            Literals.Strings(m.Aliases),
            $"OrganizationId.{_catalog.Organizations[m.Organization].Identifier}",
            Literals.Array("Release", m.Releases.Select(Release)),
            Literals.Array("ParameterCount", m.Sizes.Select(Size)),
            Literals.NullableLong(m.TrainingTokens),
            m.Architecture is null ? "null" : $"Architecture.{m.Architecture}",
            Literals.Array("Language", m.Languages.Select(l => "Language." + l)),
            Literals.Modality(m.Modalities),
            Literals.NullableBool(m.OpenWeights),
            m.BaseModel is int b ? $"ModelId.{_catalog.Models[b].Identifier}" : "null",
            Literals.Array("TemplateId", m.Templates.Select(t => "TemplateId." + _catalog.Templates[t].Identifier)),
            Literals.Array("ModelId", m.Derivatives.Select(d => "ModelId." + _catalog.Models[d].Identifier)),
            Literals.Strings(m.Sources),
            Literals.String(m.Notes),
        };
        return $"new Model({string.Join(", ", args)})";
    }

    public IEnumerable<string> Describe(ModelEntry m)
    {
        OrganizationEntry organization = _catalog.Organizations[m.Organization];
        yield return $"<b>{DocText.Escape(m.Name)}</b> (<c>{DocText.Escape(m.Id)}</c>) by <see cref=\"Organizations.{organization.Identifier}\">{DocText.Escape(organization.Name)}</see>.";
        if (m.Aliases.Count > 0)
        {
            yield return $"Also known as: {DocText.Escape(string.Join(", ", m.Aliases))}.";
        }

        var facts = new List<string>();
        if (m.Releases.Count > 0)
        {
            facts.Add("Released: " + DocText.Escape(Facts.Releases(m.Releases)));
        }

        if (m.Sizes.Count > 0)
        {
            facts.Add("Sizes: " + DocText.Escape(Facts.Sizes(m.Sizes)));
        }

        if (m.TrainingTokens is long tokens)
        {
            facts.Add("Training tokens: " + Facts.Count(tokens));
        }

        if (facts.Count > 0)
        {
            yield return $"<para>{string.Join(". ", facts)}.</para>";
        }

        var shape = new List<string>();
        if (m.Architecture is string architecture)
        {
            shape.Add("Architecture: " + Facts.Architecture(architecture));
        }

        if (m.Languages.Count > 0)
        {
            shape.Add("Languages: " + string.Join(", ", m.Languages));
        }

        shape.Add("Modalities: " + Facts.Modalities(m.Modalities));
        shape.Add("Open weights: " + (m.OpenWeights switch { true => "yes", false => "no", _ => "unknown" }));
        yield return $"<para>{string.Join(". ", shape)}.</para>";

        var links = new List<string>();
        if (m.BaseModel is int b)
        {
            ModelEntry parent = _catalog.Models[b];
            links.Add($"Base model: <see cref=\"Models.{parent.Identifier}\">{DocText.Escape(parent.Name)}</see>");
        }

        if (m.Templates.Count > 0)
        {
            links.Add("Chat templates: " + string.Join(", ", m.Templates.Select(t => $"<see cref=\"Templates.{_catalog.Templates[t].Identifier}\">{DocText.Escape(_catalog.Templates[t].Id)}</see>")));
        }

        if (links.Count > 0)
        {
            yield return $"<para>{string.Join(". ", links)}.</para>";
        }

        if (m.Notes is string notes)
        {
            yield return $"<para>Notes: {DocText.Escape(notes)}</para>";
        }

        if (m.Sources.Count > 0)
        {
            yield return $"<para>Source: {DocText.Escape(m.Sources[0])}</para>";
        }
    }

    private static string Release(ReleaseValue release) =>
        $"new Release({Literals.String(release.Version)}, {Date(release.Date)})";

    private static string Date(DateValue date) =>
        date.Month == 0 ? $"new ReleaseDate({date.Year})"
        : date.Day == 0 ? $"new ReleaseDate({date.Year}, {date.Month})"
        : $"new ReleaseDate({date.Year}, {date.Month}, {date.Day})";

    private static string Size(SizeValue size) =>
        size.Known
            ? $"new ParameterCount({Literals.String(size.Label)}, {Literals.Long(size.Parameters)}, {Literals.Long(size.MinimumParameters)}, {(size.Experts is int e ? Literals.Int(e) : "null")}, {Literals.Bool(size.Uncertain)})"
            : "ParameterCount.Unknown";
}
