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
            byOrganization[models[i].Organization].Add(i);
            foreach (int template in models[i].Templates)
            {
                byTemplate[template].Add(i);
            }

            if (bases[i] is int parent)
            {
                derivatives[parent].Add(i);
            }
        }

        var linkedModels = new List<ModelEntry>(models.Count);
        for (int i = 0; i < models.Count; i++)
        {
            linkedModels.Add(models[i] with { BaseModel = bases[i], Derivatives = derivatives[i].ToEquatableArray() });
        }

        var linkedOrganizations = new List<OrganizationEntry>(organizations.Count);
        for (int i = 0; i < organizations.Count; i++)
        {
            linkedOrganizations.Add(organizations[i] with { Models = byOrganization[i].ToEquatableArray() });
        }

        var linkedTemplates = new List<TemplateEntry>(templates.Count);
        for (int i = 0; i < templates.Count; i++)
        {
            linkedTemplates.Add(templates[i] with { Models = byTemplate[i].ToEquatableArray() });
        }

        return new CatalogModel(
            linkedOrganizations.ToEquatableArray(),
            linkedTemplates.ToEquatableArray(),
            linkedModels.ToEquatableArray());
    }

    private static List<int>[] Buckets(int count)
    {
        var buckets = new List<int>[count];
        for (int i = 0; i < count; i++)
        {
            buckets[i] = new List<int>();
        }

        return buckets;
    }
}
