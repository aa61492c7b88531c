using System;

namespace ModelCatalog.Metadata;

/// <summary>
/// Marks an assembly that carries a catalog of its own (generated from its ModelCatalogTable files) and names its ids
/// classes, whose constants carry <see cref="CatalogEntryAttribute"/>. The generator of a project that references such
/// assemblies reads it through symbols, so that two catalogs used together cannot give one id value two meanings.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class CatalogAssemblyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="organizationIds">The class of the catalog's organization ids.</param>
    /// <param name="templateIds">The class of its template ids.</param>
    /// <param name="modelIds">The class of its model ids.</param>
    /// <param name="checkpointIds">The class of its checkpoint ids.</param>
    public CatalogAssemblyAttribute(Type organizationIds, Type templateIds, Type modelIds, Type checkpointIds)
    {
        OrganizationIds = organizationIds;
        TemplateIds = templateIds;
        ModelIds = modelIds;
        CheckpointIds = checkpointIds;
    }

    /// <summary>The class of the catalog's organization ids.</summary>
    public Type OrganizationIds { get; }

    /// <summary>The class of its template ids.</summary>
    public Type TemplateIds { get; }

    /// <summary>The class of its model ids.</summary>
    public Type ModelIds { get; }

    /// <summary>The class of its checkpoint ids.</summary>
    public Type CheckpointIds { get; }
}
