using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ModelCatalog.Metadata;

/// <summary>
/// A catalog: its organizations, chat templates and models, with every relationship set as a reference inside it.
/// Made by <see cref="CatalogMetadataServices.CreateCatalog"/>. Reverse links (an organization's models, a template's
/// models, a model's derivatives) are the records of this catalog only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CatalogRecords
{
    internal CatalogRecords(Organization[] organizations, Template[] templates, Model[] models)
    {
        Organizations = new RecordTable<OrganizationId, Organization>(organizations, "organizations");
        Templates = new RecordTable<TemplateId, Template>(templates, "templates");
        Models = new RecordTable<ModelId, Model>(models, "models");
        Claim(organizations);
        Claim(templates);
        Claim(models);
        Link(models);
    }

    /// <summary>The catalog's organizations.</summary>
    public RecordTable<OrganizationId, Organization> Organizations { get; }

    /// <summary>The catalog's chat templates.</summary>
    public RecordTable<TemplateId, Template> Templates { get; }

    /// <summary>The catalog's models.</summary>
    public RecordTable<ModelId, Model> Models { get; }

    private void Claim(CatalogEntry[] records)
    {
        foreach (CatalogEntry record in records)
        {
            if (record.Owner is not null)
            {
                throw new ArgumentException($"'{record.Slug}' already belongs to a catalog; create a record per catalog.", nameof(records));
            }

            record.Owner = this;
        }
    }

    private void Link(Model[] models)
    {
        var byOrganization = new Dictionary<OrganizationId, List<Model>>();
        var byTemplate = new Dictionary<TemplateId, List<Model>>();
        var byBase = new Dictionary<ModelId, List<Model>>();
        foreach (Model model in models)
        {
            Organization organization = Resolve(Organizations, model.OrganizationId, model, "organization");
            Model? baseModel = model.BaseModelId is ModelId baseId ? Resolve(Models, baseId, model, "base model") : null;
            var templates = new Template[model.TemplateIdArray.Length];
            for (int i = 0; i < templates.Length; i++)
            {
                templates[i] = Resolve(Templates, model.TemplateIdArray[i], model, "template");
                Add(byTemplate, templates[i].Id, model);
            }

            model.Link(organization, baseModel, templates);
            Add(byOrganization, organization.Id, model);
            if (baseModel is not null)
            {
                Add(byBase, baseModel.Id, model);
            }
        }

        foreach (Organization organization in Organizations.Items)
        {
            organization.Link(Members(byOrganization, organization.Id));
        }

        foreach (Template template in Templates.Items)
        {
            template.Link(Members(byTemplate, template.Id));
        }

        foreach (Model model in models)
        {
            model.LinkDerivatives(Members(byBase, model.Id));
        }
    }

    private static TRecord Resolve<TId, TRecord>(RecordTable<TId, TRecord> table, TId id, Model from, string what)
        where TId : struct, Enum
        where TRecord : CatalogEntry, IIdentified<TId> =>
        table.TryGet(id, out TRecord? record)
            ? record
            : throw new ArgumentException($"The {what} of model '{from.Slug}', {id}, is not in the catalog.", "models");

    private static void Add<TId>(Dictionary<TId, List<Model>> lists, TId key, Model model)
        where TId : struct, Enum
    {
        if (!lists.TryGetValue(key, out List<Model>? list))
        {
            lists[key] = list = new List<Model>(4);
        }

        list.Add(model);
    }

    private static Model[] Members<TId>(Dictionary<TId, List<Model>> lists, TId key)
        where TId : struct, Enum =>
        lists.TryGetValue(key, out List<Model>? list) ? list.ToArray() : Array.Empty<Model>();
}
