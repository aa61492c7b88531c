using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>Emit stage: the catalog model to C# files. A pure function of its input; the same bytes on every machine.</summary>
public static class CatalogEmitter
{
    public static EquatableArray<GeneratedFile> Emit(CatalogModel catalog) => new[]
    {
        EntityClassEmitter.Emit(new OrganizationWriter(catalog), catalog.Organizations),
        EntityClassEmitter.Emit(new TemplateWriter(catalog), catalog.Templates),
        EntityClassEmitter.Emit(new ModelWriter(catalog), catalog.Models),
    }.ToEquatableArray();
}
