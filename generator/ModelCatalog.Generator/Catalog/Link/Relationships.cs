using System.Collections.Generic;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>Fills in the inverse relations: an organization's models, a template's models, a model's derivatives.</summary>
internal static class Relationships
{
    public static CatalogModel Connect(
        List<OrganizationEntry> organizations,
        List<TemplateEntry> templates,
        List<ModelEntry> models,
        int?[] bases)
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

        var linkedModels = new List<ModelEntry>(models.Count);
        for (int i = 0; i < models.Count; i++)
        {
            linkedModels.Add(models[i] with { BaseModel = bases[i], Derivatives = Items(derivatives[i]) });
        }

        var linkedOrganizations = new List<OrganizationEntry>(organizations.Count);
        for (int i = 0; i < organizations.Count; i++)
        {
            linkedOrganizations.Add(organizations[i] with { Models = Items(byOrganization[i]) });
        }

        var linkedTemplates = new List<TemplateEntry>(templates.Count);
        for (int i = 0; i < templates.Count; i++)
        {
            linkedTemplates.Add(templates[i] with { Models = Items(byTemplate[i]) });
        }

        return new CatalogModel(
            linkedOrganizations.ToEquatableArray(),
            linkedTemplates.ToEquatableArray(),
            linkedModels.ToEquatableArray());
    }

    // A bucket's list is made for its first member: most models have no derivatives.
    private static List<int>?[] Buckets(int count) => new List<int>?[count];

    private static void Add(List<int>?[] buckets, int bucket, int member) => (buckets[bucket] ??= new List<int>(4)).Add(member);

    private static EquatableArray<int> Items(List<int>? bucket) => bucket is null ? EquatableArray<int>.Empty : bucket.ToEquatableArray();
}
