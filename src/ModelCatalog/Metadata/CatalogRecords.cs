using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ModelCatalog.Metadata;

/// <summary>
/// A catalog: its organizations, chat templates, models and checkpoints, with every relationship set as a reference inside it.
/// Made by <see cref="CatalogMetadataServices.CreateCatalog(Organization[], Template[], Model[], Checkpoint[])"/>. Reverse links (an organization's models, a template's
/// models, a model's derivatives) are the records of this catalog only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CatalogRecords
{
    internal CatalogRecords(Organization[] organizations, Template[] templates, Model[] models, Checkpoint[] checkpoints)
    {
        Organizations = new RecordTable<OrganizationId, Organization>(organizations, "organizations");
        Templates = new RecordTable<TemplateId, Template>(templates, "templates");
        Models = new RecordTable<ModelId, Model>(models, "models");
        Checkpoints = new RecordTable<CheckpointId, Checkpoint>(checkpoints, "checkpoints");
        Claim(organizations);
        Claim(templates);
        Claim(models);
        Claim(checkpoints);
        Link(models);
        Link(checkpoints);
    }

    /// <summary>The catalog's organizations.</summary>
    public RecordTable<OrganizationId, Organization> Organizations { get; }

    /// <summary>The catalog's chat templates.</summary>
    public RecordTable<TemplateId, Template> Templates { get; }

    /// <summary>The catalog's models.</summary>
    public RecordTable<ModelId, Model> Models { get; }

    /// <summary>The catalog's checkpoints.</summary>
    public RecordTable<CheckpointId, Checkpoint> Checkpoints { get; }

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

    // A model's checkpoints and a template's (those that use it: by their own templates, else their model's).
    private void Link(Checkpoint[] checkpoints)
    {
        var byModel = new Dictionary<ModelId, List<Checkpoint>>();
        var byTemplate = new Dictionary<TemplateId, List<Checkpoint>>();
        foreach (Checkpoint checkpoint in checkpoints)
        {
            Model model = Models.TryGet(checkpoint.ModelId, out Model? found)
                ? found
                : throw new ArgumentException($"The model of checkpoint '{checkpoint.Slug}', {checkpoint.ModelId}, is not in the catalog.", nameof(checkpoints));
            var own = new Template[checkpoint.OwnTemplateIdArray.Length];
            for (int i = 0; i < own.Length; i++)
            {
                own[i] = Templates.TryGet(checkpoint.OwnTemplateIdArray[i], out Template? template)
                    ? template
                    : throw new ArgumentException($"The template of checkpoint '{checkpoint.Slug}', {checkpoint.OwnTemplateIdArray[i]}, is not in the catalog.", nameof(checkpoints));
            }

            checkpoint.Link(model, own);
            Add(byModel, model.Id, checkpoint);
            foreach (Template template in checkpoint.Templates)
            {
                Add(byTemplate, template.Id, checkpoint);
            }
        }

        foreach (Model model in Models.Items)
        {
            model.LinkCheckpoints(Members(byModel, model.Id));
        }

        foreach (Template template in Templates.Items)
        {
            template.LinkCheckpoints(Members(byTemplate, template.Id));
        }
    }

    private static TRecord Resolve<TId, TRecord>(RecordTable<TId, TRecord> table, TId id, Model from, string what)
        where TId : struct, Enum
        where TRecord : CatalogEntry, IIdentified<TId> =>
        table.TryGet(id, out TRecord? record)
            ? record
            : throw new ArgumentException($"The {what} of model '{from.Slug}', {id}, is not in the catalog.", "models");

    private static void Add<TId, TRecord>(Dictionary<TId, List<TRecord>> lists, TId key, TRecord record)
        where TId : struct, Enum
    {
        if (!lists.TryGetValue(key, out List<TRecord>? list))
        {
            lists[key] = list = new List<TRecord>(4);
        }

        list.Add(record);
    }

    private static TRecord[] Members<TId, TRecord>(Dictionary<TId, List<TRecord>> lists, TId key)
        where TId : struct, Enum =>
        lists.TryGetValue(key, out List<TRecord>? list) ? list.ToArray() : Array.Empty<TRecord>();
}
