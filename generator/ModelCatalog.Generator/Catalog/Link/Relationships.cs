using System.Collections.Generic;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Fills in the inverse relations: an organization's models, a template's models, a model's derivatives, a model's
/// checkpoints and a template's checkpoints (those that use it: by their own templates, else their model's). A checkpoint
/// of a built-in model that lists no templates of its own uses its model's, which only the built-in catalog knows.
/// </summary>
internal static class Relationships
{
    public static CatalogModel Connect(
        List<OrganizationEntry> organizations,
        List<TemplateEntry> templates,
        List<ModelEntry> models,
        int?[] bases,
        List<CheckpointEntry> checkpoints)
    {
        var byOrganization = Buckets(organizations.Count);
        var byTemplate = Buckets(templates.Count);
        var derivatives = Buckets(models.Count);
        for (int i = 0; i < models.Count; i++)
        {
            Add(byOrganization, models[i].Organization, i);
            foreach (int template in models[i].Templates)
            {
                Add(byTemplate, template, i);
            }

            if (bases[i] is int parent)
            {
                Add(derivatives, parent, i);
            }
        }

        var modelCheckpoints = Buckets(models.Count);
        var templateCheckpoints = Buckets(templates.Count);
        for (int i = 0; i < checkpoints.Count; i++)
        {
            CheckpointEntry checkpoint = checkpoints[i];
            Add(modelCheckpoints, checkpoint.Model, i);
            EquatableArray<int> used = checkpoint.Templates.Count > 0 || checkpoint.Model < 0 ? checkpoint.Templates : models[checkpoint.Model].Templates;
            foreach (int template in used)
            {
                Add(templateCheckpoints, template, i);
            }
        }

        var linkedModels = new List<ModelEntry>(models.Count);
        for (int i = 0; i < models.Count; i++)
        {
            linkedModels.Add(models[i] with { BaseModel = bases[i], Derivatives = Items(derivatives[i]), Checkpoints = Items(modelCheckpoints[i]) });
        }

        var linkedOrganizations = new List<OrganizationEntry>(organizations.Count);
        for (int i = 0; i < organizations.Count; i++)
        {
            linkedOrganizations.Add(organizations[i] with { Models = Items(byOrganization[i]) });
        }

        var linkedTemplates = new List<TemplateEntry>(templates.Count);
        for (int i = 0; i < templates.Count; i++)
        {
            linkedTemplates.Add(templates[i] with { Models = Items(byTemplate[i]), Checkpoints = Items(templateCheckpoints[i]) });
        }

        return new CatalogModel(
            linkedOrganizations.ToEquatableArray(),
            linkedTemplates.ToEquatableArray(),
            linkedModels.ToEquatableArray(),
            checkpoints.ToEquatableArray());
    }

    // A bucket's list is made for its first member: most models have no derivatives.
    private static List<int>?[] Buckets(int count) => new List<int>?[count];

    // A negative bucket is a built-in entry (IdRegistry): reverse links stay inside the catalog that owns the record.
    private static void Add(List<int>?[] buckets, int bucket, int member)
    {
        if (bucket >= 0)
        {
            (buckets[bucket] ??= new List<int>(4)).Add(member);
        }
    }

    private static EquatableArray<int> Items(List<int>? bucket) => bucket is null ? EquatableArray<int>.Empty : bucket.ToEquatableArray();
}
