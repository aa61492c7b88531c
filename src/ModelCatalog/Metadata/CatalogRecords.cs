using System;
using System.Collections.Generic;
using System.ComponentModel;
using ModelCatalog.Lookup;

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
            Unshadowed(organizations, c => c.Organizations.Index, "organizations");
            Unshadowed(templates, c => c.Templates.Index, "templates");
            Unshadowed(models, c => c.Models.Index, "models");
            Unshadowed(checkpoints, c => c.Checkpoints.Index, "checkpoints");
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
    private void Unshadowed<TRecord>(TRecord[] records, Func<CatalogRecords, RecordIndex<TRecord>> table, string what)
        where TRecord : CatalogEntry
    {
        foreach (TRecord record in records)
        {
            if (Find(table, record.Key, Parent) is TRecord taken)
            {
                throw new ArgumentException($"'{record.Slug}' has the id value {record.Key} of '{taken.Slug}' in the catalog it is built over; choose another id.", what);
            }
        }
    }

    // The record with this id value in the catalog or the catalogs it is built over, nearest first.
    private static TRecord? Find<TRecord>(Func<CatalogRecords, RecordIndex<TRecord>> table, int key, CatalogRecords? from)
        where TRecord : CatalogEntry
    {
        for (CatalogRecords? catalog = from; catalog is not null; catalog = catalog.Parent)
        {
            if (table(catalog).TryGet(key, out TRecord? record))
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
        // Keyed by the ids' values: one dictionary type for every table (see RecordIndex).
        var byOrganization = new Dictionary<int, List<Model>>();
        var byTemplate = new Dictionary<int, List<Model>>();
        var byBase = new Dictionary<int, List<Model>>();
        foreach (Model model in models)
        {
            Organization organization = Resolve(c => c.Organizations.Index, (int)model.OrganizationId, model, "organization");
            Model? baseModel = model.BaseModelId is ModelId baseId ? Resolve(c => c.Models.Index, (int)baseId, model, "base model") : null;
            var templates = new Template[model.TemplateIdArray.Length];
            for (int i = 0; i < templates.Length; i++)
            {
                templates[i] = Resolve(c => c.Templates.Index, (int)model.TemplateIdArray[i], model, "template");
                Add(byTemplate, templates[i].Key, model);
            }

            model.Link(organization, baseModel, templates);
            Add(byOrganization, organization.Key, model);
            if (baseModel is not null)
            {
                Add(byBase, baseModel.Key, model);
            }
        }

        foreach (Organization organization in Organizations.Index.Items)
        {
            organization.Link(Members(byOrganization, organization.Key));
        }

        foreach (Template template in Templates.Index.Items)
        {
            template.Link(Members(byTemplate, template.Key));
        }

        foreach (Model model in models)
        {
            model.LinkDerivatives(Members(byBase, model.Key));
        }
    }

    // A model's checkpoints and a template's (those that use it: by their own templates, else their model's).
    private void Link(Checkpoint[] checkpoints)
    {
        var byModel = new Dictionary<int, List<Checkpoint>>();
        var byTemplate = new Dictionary<int, List<Checkpoint>>();
        foreach (Checkpoint checkpoint in checkpoints)
        {
            Model model = Find(c => c.Models.Index, (int)checkpoint.ModelId, this) is Model found
                ? found
                : throw new ArgumentException($"The model of checkpoint '{checkpoint.Slug}', {checkpoint.ModelId}, is not in the catalog.", nameof(checkpoints));
            var own = new Template[checkpoint.OwnTemplateIdArray.Length];
            for (int i = 0; i < own.Length; i++)
            {
                own[i] = Find(c => c.Templates.Index, (int)checkpoint.OwnTemplateIdArray[i], this) is Template template
                    ? template
                    : throw new ArgumentException($"The template of checkpoint '{checkpoint.Slug}', {checkpoint.OwnTemplateIdArray[i]}, is not in the catalog.", nameof(checkpoints));
            }

            checkpoint.Link(model, own);
            Add(byModel, model.Key, checkpoint);
            foreach (Template template in own.Length > 0 ? own : model.TemplateArray)
            {
                Add(byTemplate, template.Key, checkpoint);
            }
        }

        foreach (Model model in Models.Index.Items)
        {
            model.LinkCheckpoints(Members(byModel, model.Key));
        }

        foreach (Template template in Templates.Index.Items)
        {
            template.LinkCheckpoints(Members(byTemplate, template.Key));
        }
    }

    private TRecord Resolve<TRecord>(Func<CatalogRecords, RecordIndex<TRecord>> table, int key, Model from, string what)
        where TRecord : CatalogEntry =>
        Find(table, key, this) is TRecord record
            ? record
            : throw new ArgumentException($"The {what} of model '{from.Slug}' (id value {key}) is not in the catalog.", "models");

    private static void Add<TRecord>(Dictionary<int, List<TRecord>> lists, int key, TRecord record)
    {
        if (!lists.TryGetValue(key, out List<TRecord>? list))
        {
            lists[key] = list = new List<TRecord>(4);
        }

        list.Add(record);
    }

    private static TRecord[] Members<TRecord>(Dictionary<int, List<TRecord>> lists, int key) =>
        lists.TryGetValue(key, out List<TRecord>? list) ? list.ToArray() : Array.Empty<TRecord>();
}
