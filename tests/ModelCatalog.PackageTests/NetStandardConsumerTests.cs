using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text.Json;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// A netstandard2.0 class library compiles against the package (restored from the local feed, with
/// NETStandard.Library beside it), against the package's own netstandard2.0 assembly; and the packed assemblies
/// are the Release build, as the README's `dotnet pack` makes them. Checks use exit codes, the compiler's SARIF
/// log, project.assets.json and assembly metadata, never the build's English text.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class NetStandardConsumerTests
{
    [Fact]
    public async Task A_netstandard2_0_class_library_compiles_against_the_package()
    {
        using var workspace = new ConsumerWorkspace();
        workspace.AddCachedPackageToFeed("NETStandard.Library", "2.0.3");
        workspace.AddCachedPackageToFeed("Microsoft.NETCore.Platforms", "1.1.0");
        string consumer = workspace.CreateConsumer("Library", targetFramework: "netstandard2.0", outputType: "Library");

        DotNet.Result build = await workspace.BuildAsync(consumer);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(CompilerLog.WarningsAndErrors(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));

        // NuGet chose the package's netstandard2.0 assembly to compile against.
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")));
        JsonProperty target = Assert.Single(assets.RootElement.GetProperty("targets").EnumerateObject());
        Assert.Equal("netstandard2.0", target.Name); // assets file version 4 names targets by their short framework name
        JsonProperty package = Assert.Single(target.Value.EnumerateObject(), p => p.Name.StartsWith("ModelCatalog/", StringComparison.Ordinal));
        Assert.Equal($"ModelCatalog/{PackageUnderTest.Version}", package.Name);
        Assert.Equal(["lib/netstandard2.0/ModelCatalog.dll"], package.Value.GetProperty("compile").EnumerateObject().Select(p => p.Name));

        // The library's own assembly targets netstandard2.0 and references ModelCatalog.
        using var pe = new PEReader(File.OpenRead(Path.Combine(consumer, "bin", "Release", "netstandard2.0", "Library.dll")));
        MetadataReader metadata = pe.GetMetadataReader();
        Assert.Contains("ModelCatalog", metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)));
        Assert.Contains("netstandard", metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)));
    }

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void The_packed_assembly_is_the_release_build(string targetFramework)
    {
        var context = new AssemblyLoadContext("packed " + targetFramework, isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, $"lib/{targetFramework}/ModelCatalog.dll")));
            DebuggableAttribute? debuggable = assembly.GetCustomAttribute<DebuggableAttribute>();
            Assert.False(debuggable?.IsJITOptimizerDisabled ?? false, "the packed assembly was compiled without optimizations (a Debug build)");
        }
        finally
        {
            context.Unload();
        }
    }
}
