namespace ModelCatalog.Generator;

/// <summary>The names of the pipeline's steps, for incrementality tests and the driver's timing.</summary>
public static class TrackingNames
{
    /// <summary>The AdditionalFiles marked as catalog tables (ModelCatalogTable metadata).</summary>
    public const string Tables = nameof(Tables);
    public const string Parse = nameof(Parse);
    public const string Collect = nameof(Collect);

    /// <summary>The project's catalog properties and language version.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The names of the referenced built-in catalog, read from symbols (a consumer's catalog only).</summary>
    public const string ReferencedCatalog = nameof(ReferencedCatalog);
    public const string Link = nameof(Link);
    public const string Catalog = nameof(Catalog);
    public const string Emit = nameof(Emit);
    public const string Diagnostics = nameof(Diagnostics);
}
