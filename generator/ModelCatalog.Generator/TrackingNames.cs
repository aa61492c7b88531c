namespace ModelCatalog.Generator;

/// <summary>The names of the pipeline's steps, for incrementality tests and the driver's timing.</summary>
public static class TrackingNames
{
    public const string Parse = nameof(Parse);
    public const string Collect = nameof(Collect);
    public const string Link = nameof(Link);
    public const string Catalog = nameof(Catalog);
    public const string Emit = nameof(Emit);
    public const string Diagnostics = nameof(Diagnostics);
}
