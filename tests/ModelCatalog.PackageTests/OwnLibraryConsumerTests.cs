using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// A class library with tables of its own, multi-targeted: netstandard2.0 compiled as C# 7.3 with nullable off (no
/// <c>#nullable</c>, no newer syntax may reach it) and net10.0 with the latest language and nullable on. Its classes are
/// internal through ModelCatalogVisibility, and their names come from the default namespace (RootNamespace) and
/// ModelCatalogPrefix.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class OwnLibraryConsumerTests
{
    [Fact]
    public async Task A_multi_targeted_library_builds_its_own_catalog_as_CSharp_7_3_on_netstandard2_0_and_latest_on_net10()
    {
        using var workspace = new ConsumerWorkspace();
        workspace.AddCachedPackageToFeed("NETStandard.Library", "2.0.3");
        workspace.AddCachedPackageToFeed("Microsoft.NETCore.Platforms", "1.1.0");
        string consumer = workspace.CreateConsumer("OwnLibrary", targetFramework: "netstandard2.0;net10.0", outputType: "Library", projectBody: $"""
            <PropertyGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
              <LangVersion>7.3</LangVersion>
              <Nullable>disable</Nullable>
            </PropertyGroup>
            <PropertyGroup>
              <ModelCatalogPrefix>Acme</ModelCatalogPrefix>
              <ModelCatalogVisibility>internal</ModelCatalogVisibility>
            </PropertyGroup>
            <ItemGroup>
              <ModelCatalogTable Include="{ConsumerWorkspace.TablesFolder("Acme")}/*.csv" />
            </ItemGroup>
            """);

        DotNet.Result build = await workspace.BuildAsync(consumer);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(CompilerLog.WarningsAndErrors(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        foreach (string targetFramework in new[] { "netstandard2.0", "net10.0" })
        {
            Assert.Equal(
                TypeAttributes.NotPublic,
                Visibility(Path.Combine(consumer, "bin", "Release", targetFramework, "OwnLibrary.dll"), "OwnLibrary", "AcmeModels"));
        }

        Assert.Contains(ConsumerWorkspace.GeneratedSources(consumer), f => f.Contains("netstandard2.0", StringComparison.Ordinal));
        Assert.Contains(ConsumerWorkspace.GeneratedSources(consumer), f => f.Contains("net10.0", StringComparison.Ordinal));
    }

    private static TypeAttributes Visibility(string assemblyPath, string @namespace, string name)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        MetadataReader reader = pe.GetMetadataReader();
        TypeDefinition type = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Single(t => reader.GetString(t.Namespace) == @namespace && reader.GetString(t.Name) == name);
        return type.Attributes & TypeAttributes.VisibilityMask;
    }
}
