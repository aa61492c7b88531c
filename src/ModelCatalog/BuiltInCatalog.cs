using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// The catalog this package ships: the generated records of the three tables, built through the same construction
/// API as any other catalog (docs/construction-api.md), on first use of any of them.
/// </summary>
internal static class BuiltInCatalog
{
    public static readonly CatalogRecords Records = CatalogMetadataServices.CreateCatalog(
        Organizations.ReadRecords(),
        Templates.ReadRecords(),
        Models.ReadRecords());
}
