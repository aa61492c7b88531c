using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>Emit stage: the catalog model to C# files. A pure function of its input; the same bytes on every machine.</summary>
public static class CatalogEmitter
{
    public static EquatableArray<GeneratedFile> Emit(CatalogModel catalog)
    {
        var organizations = new OrganizationWriter(catalog);
        var templates = new TemplateWriter(catalog);
        var models = new ModelWriter(catalog);
        var checkpoints = new CheckpointWriter(catalog);
        DataWriter organizationData = EntityClassEmitter.Encode(organizations, catalog.Organizations);
        DataWriter templateData = EntityClassEmitter.Encode(templates, catalog.Templates);
        DataWriter modelData = EntityClassEmitter.Encode(models, catalog.Models);
        DataWriter checkpointData = EntityClassEmitter.Encode(checkpoints, catalog.Checkpoints);

        // The string heap is shared by the whole assembly: the tables together decide.
        bool utf8 = (long)organizationData.Length + templateData.Length + modelData.Length + checkpointData.Length > EntityClassEmitter.StringHeapBudget;
        var files = new[]
        {
            EntityClassEmitter.Emit(organizations, catalog.Organizations, organizationData, utf8),
            EntityClassEmitter.Emit(templates, catalog.Templates, templateData, utf8),
            EntityClassEmitter.Emit(models, catalog.Models, modelData, utf8),
            EntityClassEmitter.Emit(checkpoints, catalog.Checkpoints, checkpointData, utf8),
        };

        return files.ToEquatableArray();
    }
}
