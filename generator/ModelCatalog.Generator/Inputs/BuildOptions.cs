namespace ModelCatalog.Generator.Inputs;

/// <summary>
/// The MSBuild names the generator reads (the contract with the package's buildTransitive props): the item metadata
/// that makes an AdditionalFile a catalog table, and the compiler-visible properties of a consumer's catalog.
/// </summary>
public static class BuildOptions
{
    /// <summary>Set to <c>true</c> on the AdditionalFiles items that are catalog tables (from <c>ModelCatalogTable</c> items).</summary>
    public const string TableMetadata = "build_metadata.AdditionalFiles.ModelCatalogTable";

    /// <summary>Set to <c>true</c> only by this repository's src/ModelCatalog project: its tables are the built-in catalog.</summary>
    public const string BuiltIn = "build_property.ModelCatalogBuiltIn";

    /// <summary>The namespace of a consumer's generated classes.</summary>
    public const string Namespace = "build_property.ModelCatalogNamespace";

    /// <summary>The prefix of a consumer's generated class names (<c>Acme</c> gives <c>AcmeModels</c>).</summary>
    public const string Prefix = "build_property.ModelCatalogPrefix";

    /// <summary><c>public</c> or <c>internal</c>: the accessibility of a consumer's generated classes.</summary>
    public const string Visibility = "build_property.ModelCatalogVisibility";

    public const string RootNamespace = "build_property.RootNamespace";

    public const string AssemblyName = "build_property.AssemblyName";

    /// <summary>Whether a value of an MSBuild boolean is true (MSBuild writes what the project wrote: any case).</summary>
    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
