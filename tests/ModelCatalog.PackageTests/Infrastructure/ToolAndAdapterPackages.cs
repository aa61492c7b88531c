using System.Reflection;
using System.Xml.Linq;

namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>The tool and adapter packages this build produced (see PackToolAndAdapter.targets), and where NuGet keeps the packages it restored.</summary>
internal static class ToolAndAdapterPackages
{
    public static string CliNupkgPath { get; } = Metadata("ModelCatalogCliPackage");

    public static string ExtensionsAINupkgPath { get; } = Metadata("ModelCatalogExtensionsAIPackage");

    /// <summary>The NuGet global packages folder this build restored into (the adapter's dependencies are there).</summary>
    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    /// <summary>The metadata element of a package's nuspec.</summary>
    public static XElement NuspecMetadata(string nupkgPath, string packageId) =>
        XDocument.Parse(PackageUnderTest.ReadText(nupkgPath, packageId + ".nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    public static string Version(string nupkgPath, string packageId) =>
        NuspecMetadata(nupkgPath, packageId).Elements().Single(e => e.Name.LocalName == "version").Value;

    private static string Metadata(string key) =>
        typeof(ToolAndAdapterPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata: build it with its project file, which packs the tool and the adapter.");
}
