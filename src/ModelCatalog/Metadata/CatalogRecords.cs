using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ModelCatalog.Metadata;

/// <summary>
/// A catalog: its organizations, chat templates, models and checkpoints, with every relationship set as a reference inside it.
/// Made by <see cref="CatalogMetadataServices.CreateCatalog(Organization[], Template[], Model[], Checkpoint[])"/>, or over another
/// catalog (<see cref="Parent"/>) whose records its references may name. Reverse links (an organization's models, a template's
/// models, a model's derivatives) are the records of this catalog only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CatalogRecords
{
    internal CatalogRecords(Organization[] organizations, Template[] templates, Model[] models, Checkpoint[] checkpoints, CatalogRecords? parent = null)
    {
        Parent = parent;
        Organizations = new RecordTable<OrganizationId, Organization>(organizations, "organizations");
        Templates = new RecordTable<TemplateId, Template>(templates, "templates");
        Models = new RecordTable<ModelId, Model>(models, "models");
        Checkpoints = new RecordTable<CheckpointId, Checkpoint>(checkpoints, "checkpoints");
        if (parent is not null)
        {
            Unshadowed(organizations, c => c.Organizations, "organizations");
            Unshadowed(templates, c => c.Templates, "templates");
            Unshadowed(models, c => c.Models, "models");
            Unshadowed(checkpoints, c => c.Checkpoints, "checkpoints");
        }

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

    /// <summary>
    /// The catalog this one was built over (the built-in catalog, for a consumer's generated catalog), whose records its
    /// references may name; <see langword="null"/> for a catalog of its own.
    /// </summary>
    public CatalogRecords? Parent { get; }

    // A record of this catalog may not take an id of its parent's: a reference to that id would be ambiguous.
    private void Unshadowed<TId, TRecord>(TRecord[] records, Func<CatalogRecords, RecordTable<TId, TRecord>> table, string what)
        where TId : struct, Enum
        where TRecord : CatalogEntry, IIdentified<TId>
    {
        foreach (TRecord record in records)
        {
            if (Find(table, record.Id, this.Parent) is TRecord taken)
            {
                throw new ArgumentException($"'{record.Slug}' has the id {record.Id} of '{taken.Slug}' in the catalog it is built over; choose another id.", what);
            }
        }
    }

    // The record with this id in the catalog or the catalogs it is built over, nearest first.
    private static TRecord? Find<TId, TRecord>(Func<CatalogRecords, RecordTable<TId, TRecord>> table, TId id, CatalogRecords? from)
        where TId : struct, Enum
        where TRecord : CatalogEntry, IIdentified<TId>
    {
        for (CatalogRecords? catalog = from; catalog is not null; catalog = catalog.Parent)
        {
            if (table(catalog).TryGet(id, out TRecord? record))
            {
                return record;
            }
        }

        return null;
    }

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
            Organization organization = Resolve(c => c.Organizations, model.OrganizationId, model, "organization");
            Model? baseModel = model.BaseModelId is ModelId baseId ? Resolve(c => c.Models, baseId, model, "base model") : null;
            var templates = new Template[model.TemplateIdArray.Length];
            for (int i = 0; i < templates.Length; i++)
            {
                templates[i] = Resolve(c => c.Templates, model.TemplateIdArray[i], model, "template");
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
            Model model = Find(c => c.Models, checkpoint.ModelId, this) is Model found
                ? found
                : throw new ArgumentException($"The model of checkpoint '{checkpoint.Slug}', {checkpoint.ModelId}, is not in the catalog.", nameof(checkpoints));
            var own = new Template[checkpoint.OwnTemplateIdArray.Length];
            for (int i = 0; i < own.Length; i++)
            {
                own[i] = Find(c => c.Templates, checkpoint.OwnTemplateIdArray[i], this) is Template template
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

    private TRecord Resolve<TId, TRecord>(Func<CatalogRecords, RecordTable<TId, TRecord>> table, TId id, Model from, string what)
        where TId : struct, Enum
        where TRecord : CatalogEntry, IIdentified<TId> =>
        Find(table, id, this) is TRecord record
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
