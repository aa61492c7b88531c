using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>The package this build produced (see the project's PackModelCatalog target) and the repository it came from.</summary>
internal static class PackageUnderTest
{
    public static string NupkgPath { get; } = Metadata("ModelCatalogPackage");

    public static string SnupkgPath { get; } = Metadata("ModelCatalogSymbolPackage");

    public static string RepoRoot { get; } = Metadata("RepoRoot");

    private static readonly Lazy<XElement> s_nuspec = new(() => XDocument.Parse(ReadText(NupkgPath, "ModelCatalog.nuspec")).Root!);

    /// <summary>The nuspec's metadata element.</summary>
    public static XElement NuspecMetadata => s_nuspec.Value.Elements().Single(e => e.Name.LocalName == "metadata");

    public static string Version => NuspecMetadata.Elements().Single(e => e.Name.LocalName == "version").Value;

    /// <summary>The package's own files, without the parts every .nupkg has (OPC relationships, content types, core properties).</summary>
    public static IReadOnlyList<string> Files(string packagePath)
    {
        using ZipArchive zip = ZipFile.OpenRead(packagePath);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/services/metadata/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static byte[] ReadBytes(string packagePath, string entryName)
    {
        using ZipArchive zip = ZipFile.OpenRead(packagePath);
        ZipArchiveEntry entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"{entryName} is not in {packagePath}.");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string ReadText(string packagePath, string entryName)
    {
        using var reader = new StreamReader(new MemoryStream(ReadBytes(packagePath, entryName)));
        return reader.ReadToEnd();
    }

    private static string Metadata(string key) =>
        typeof(PackageUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata: build it with its project file, which packs the library.");
}
