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

    public string Reader => "ReadModels";

    public void Encode(DataWriter data, ModelEntry m)
    {
        data.String(m.Id);
        data.String(m.Name);
        data.Strings(m.Aliases);
        data.Int(m.Organization);
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
            }
        }

        data.OptionalLong(m.TrainingTokens);
        data.OptionalInt(m.Architecture is string architecture ? EnumOrdinals.Architecture(architecture) : null);
        data.Ints(m.Languages.Select(EnumOrdinals.Language).ToArray());
        data.Int(m.Modalities);
        data.OptionalBool(m.OpenWeights);
        data.OptionalInt(m.BaseModel);
        data.Ints(m.Templates);
        data.Ints(m.Derivatives);
        data.Strings(m.Sources);
        data.OptionalString(m.Notes);
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
}
