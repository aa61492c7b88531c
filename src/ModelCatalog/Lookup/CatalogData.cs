using System;
using ModelCatalog.Metadata;

namespace ModelCatalog.Lookup;

/// <summary>
/// Builds the catalog's records from the strings the generator emitted, field by field in the order the generator's
/// writers (Emit/ModelWriter.cs, OrganizationWriter.cs, TemplateWriter.cs) encode them.
/// </summary>
internal static class CatalogData
{
    public static Model[] ReadModels(string data)
    {
        var reader = new DataReader(data);
        var items = new Model[reader.Int()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = CatalogMetadataServices.CreateModel(
                (ModelId)reader.Int(),
                slug: reader.String(),
                name: reader.String(),
                aliases: reader.Strings(),
                organization: (OrganizationId)reader.Int(),
                releases: Releases(reader),
                sizes: Sizes(reader),
                trainingTokens: reader.OptionalLong(),
                architecture: reader.OptionalInt() is int architecture ? (Architecture)architecture : null,
                languages: (Language[])(object)reader.Ints(),
                modalities: (Modality)reader.Int(),
                openWeights: reader.OptionalBool(),
                baseModel: reader.OptionalInt() is int parent ? (ModelId)parent : null,
                templates: (TemplateId[])(object)reader.Ints(),
                sources: reader.Strings(),
                notes: reader.OptionalString());
        }

        return items;
    }

    public static Organization[] ReadOrganizations(string data)
    {
        var reader = new DataReader(data);
        var items = new Organization[reader.Int()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = CatalogMetadataServices.CreateOrganization(
                (OrganizationId)reader.Int(),
                slug: reader.String(),
                name: reader.String(),
                aliases: reader.Strings(),
                country: reader.OptionalString(),
                huggingFace: reader.Strings(),
                website: reader.OptionalString(),
                sources: reader.Strings(),
                notes: reader.OptionalString());
        }

        return items;
    }

    public static Template[] ReadTemplates(string data)
    {
        var reader = new DataReader(data);
        var items = new Template[reader.Int()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = CatalogMetadataServices.CreateTemplate(
                (TemplateId)reader.Int(),
                slug: reader.String(),
                name: reader.String(),
                aliases: reader.Strings(),
                prefix: reader.String(),
                systemFormat: reader.String(),
                systemPlacement: (SystemPlacement)reader.Int(),
                userFormat: reader.String(),
                assistantFormat: reader.String(),
                separator: reader.String(),
                defaultSystem: reader.OptionalString(),
                stopWords: reader.Strings(),
                modalities: (Modality)reader.Int(),
                imageToken: reader.OptionalString(),
                videoToken: reader.OptionalString(),
                audioToken: reader.OptionalString(),
                sources: reader.Strings(),
                notes: reader.OptionalString());
        }

        return items;
    }

    private static Release[] Releases(DataReader reader)
    {
        var releases = new Release[reader.Int()];
        for (int i = 0; i < releases.Length; i++)
        {
            string? version = reader.OptionalString();
            int year = reader.Int(), month = reader.Int(), day = reader.Int();
            releases[i] = new Release(version, new ReleaseDate(year, month, day));
        }

        return releases.Length == 0 ? Array.Empty<Release>() : releases;
    }

    private static ParameterCount[] Sizes(DataReader reader)
    {
        var sizes = new ParameterCount[reader.Int()];
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = reader.Bool()
                ? new ParameterCount(reader.String(), reader.Long(), reader.Long(), reader.OptionalInt(), reader.Bool(), reader.Bool())
                : default; // ParameterCount.Unknown, without a property call
        }

        return sizes;
    }
}
