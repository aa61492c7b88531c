using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// Scenario 4: the .nupkg holds the two libraries with their docs, the README, the generator and the lookup analyzer with what the compiler
/// needs beside them, the lookup code fixes, and the MSBuild files that turn a consumer's tables into its inputs; nothing else.
/// </summary>
public sealed class PackageContentsTests
{
    private static readonly string[] s_targetFrameworks = ["net10.0", "netstandard2.0"];

    [Fact]
    public void The_package_holds_exactly_the_libraries_their_docs_the_readme_the_generator_and_its_msbuild_files()
    {
        string[] expected =
        [
            "ModelCatalog.nuspec",
            "README.md",
            "analyzers/dotnet/cs/CsvHelper.dll",
            "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
            "analyzers/dotnet/cs/ModelCatalog.CodeFixes.dll",
            "analyzers/dotnet/cs/ModelCatalog.Generator.dll",
            "buildTransitive/ModelCatalog.props",
            "buildTransitive/ModelCatalog.targets",
            "lib/net10.0/ModelCatalog.dll",
            "lib/net10.0/ModelCatalog.xml",
            "lib/netstandard2.0/ModelCatalog.dll",
            "lib/netstandard2.0/ModelCatalog.xml",
        ];

        Assert.Equal(expected, PackageUnderTest.Files(PackageUnderTest.NupkgPath));
    }

    [Fact]
    public void The_symbol_package_holds_a_pdb_per_library()
    {
        string[] expected = ["ModelCatalog.nuspec", "lib/net10.0/ModelCatalog.pdb", "lib/netstandard2.0/ModelCatalog.pdb"];

        Assert.Equal(expected, PackageUnderTest.Files(PackageUnderTest.SnupkgPath));
    }

    [Fact]
    public void The_nuspec_declares_no_dependency_at_all()
    {
        XElement metadata = PackageUnderTest.NuspecMetadata;
        XElement dependencies = Child(metadata, "dependencies");

        Assert.Equal(
            [".NETStandard2.0", "net10.0"],
            dependencies.Elements().Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(dependencies.Descendants(), e => e.Name.LocalName == "dependency");
        string nuspec = metadata.ToString();
        Assert.DoesNotContain("CsvHelper", nuspec, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ModelCatalog.Generator", nuspec, StringComparison.OrdinalIgnoreCase);
        // The generator's own dependencies ride beside it under analyzers/, never as the consumer's dependencies.
        Assert.DoesNotContain("Microsoft.Bcl.AsyncInterfaces", nuspec, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.Memory", nuspec, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_nuspec_carries_license_readme_and_repository_at_a_commit()
    {
        XElement metadata = PackageUnderTest.NuspecMetadata;

        Assert.Equal("ModelCatalog", Child(metadata, "id").Value);
        XElement license = Child(metadata, "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal("README.md", Child(metadata, "readme").Value);
        XElement repository = Child(metadata, "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit"));
        Assert.False(string.IsNullOrWhiteSpace(Child(metadata, "description").Value));
    }

    [Fact]
    public void The_readme_on_the_package_page_is_the_repository_readme()
    {
        string packed = PackageUnderTest.ReadText(PackageUnderTest.NupkgPath, "README.md");

        Assert.Equal(File.ReadAllText(Path.Combine(PackageUnderTest.RepoRoot, "README.md")), packed);
    }

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void The_libraries_reference_only_the_framework(string targetFramework)
    {
        using var pe = new PEReader(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, $"lib/{targetFramework}/ModelCatalog.dll")));
        MetadataReader reader = pe.GetMetadataReader();
        string[] references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();

        Assert.NotEmpty(references);
        if (targetFramework == "netstandard2.0")
        {
            Assert.Equal(["netstandard"], references);
        }
        else
        {
            Assert.All(references, name => Assert.True(name.StartsWith("System.", StringComparison.Ordinal), $"{name} is not a framework assembly"));
        }
    }

    [Fact]
    public void The_net10_library_is_marked_trimmable_and_its_json_converters_exist_there_only()
    {
        Assert.Contains("IsTrimmable=True", AssemblyMetadata("net10.0"));
        Assert.DoesNotContain("IsTrimmable=True", AssemblyMetadata("netstandard2.0"));
        Assert.Contains("ModelCatalog.Json.ModelIdJsonConverter", TypeNames("net10.0"));
        Assert.DoesNotContain("ModelCatalog.Json.ModelIdJsonConverter", TypeNames("netstandard2.0"));
        Assert.All(s_targetFrameworks, tfm => Assert.Contains("ModelCatalog.ModelIds", TypeNames(tfm)));
    }

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void The_pdbs_link_their_sources_to_the_repository_at_the_packed_commit(string targetFramework)
    {
        using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.SnupkgPath, $"lib/{targetFramework}/ModelCatalog.pdb")));
        MetadataReader reader = pdb.GetMetadataReader();
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        string? sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == sourceLinkKind)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        string commit = (string)Child(PackageUnderTest.NuspecMetadata, "repository").Attribute("commit")!;

        Assert.NotNull(sourceLink);
        Assert.Contains($"https://raw.githubusercontent.com/", sourceLink, StringComparison.Ordinal);
        Assert.Contains($"/{commit}/*", sourceLink, StringComparison.Ordinal);
    }

    private static XElement Child(XElement parent, string localName) =>
        parent.Elements().SingleOrDefault(e => e.Name.LocalName == localName) ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{localName}>.");

    private static List<string> TypeNames(string targetFramework) =>
        ReadAssembly(targetFramework, reader => reader.TypeDefinitions
            .Select(reader.GetTypeDefinition)
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .ToList());

    /// <summary>The [AssemblyMetadata] pairs as key=value.</summary>
    private static List<string> AssemblyMetadata(string targetFramework) =>
        ReadAssembly(targetFramework, reader => reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(reader.GetCustomAttribute)
            .Where(a => a.Constructor.Kind == HandleKind.MemberReference
                && reader.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "AssemblyMetadataAttribute")
            .Select(a => a.DecodeValue(new StringArguments()))
            .Select(v => $"{v.FixedArguments[0].Value}={v.FixedArguments[1].Value}")
            .ToList());

    private static T ReadAssembly<T>(string targetFramework, Func<MetadataReader, T> read)
    {
        using var pe = new PEReader(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, $"lib/{targetFramework}/ModelCatalog.dll")));
        return read(pe.GetMetadataReader());
    }

    /// <summary>Decodes attribute arguments that are all strings, which is all AssemblyMetadataAttribute has.</summary>
    private sealed class StringArguments : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetSystemType() => "System.Type";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => "?";
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => "?";
        public string GetTypeFromSerializedName(string name) => name;
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
        public bool IsSystemType(string type) => type == "System.Type";
    }
}
