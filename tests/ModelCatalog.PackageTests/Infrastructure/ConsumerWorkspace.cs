namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>
/// One consumer scenario's temporary folder outside the repository (so none of its Directory.Build.* or central package versions apply)
/// holding a local feed with only the package under test, a package folder of its own (no cached copy can hide a
/// broken package) and a nuget.config that clears every other source, so a consumer that needed anything from
/// nuget.org would fail to restore.
/// </summary>
public sealed class ConsumerWorkspace : IDisposable
{
    public ConsumerWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("modelcatalog-consumers-").FullName;
        string feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        File.Copy(PackageUnderTest.NupkgPath, Path.Combine(feed, Path.GetFileName(PackageUnderTest.NupkgPath)));
        PackagesFolder = Path.Combine(Root, "packages");

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);
        // Stop MSBuild's search for Directory.Build.* files above this folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
    }

    public string Root { get; }

    public string PackagesFolder { get; }

    /// <summary>
    /// Writes a project that references the package under test (strict: compiler, NuGet and MSBuild warnings are
    /// errors, so exit code 0 means no warning of any kind) and copies the consumer's sources from
    /// Consumers/<paramref name="name"/>. The compiler writes its diagnostics to <see cref="CompilerLogName"/>
    /// (SARIF 2.1), so tests check diagnostic ids and positions, never the build's English text.
    /// </summary>
    public string CreateConsumer(string name, string targetFramework = "net10.0", string outputType = "Exe")
    {
        string directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <MSBuildTreatWarningsAsErrors>true</MSBuildTreatWarningsAsErrors>
                <ErrorLog>$(MSBuildProjectDirectory)/{CompilerLogName},version=2.1</ErrorLog>
                <RestorePackagesPath>{PackagesFolder}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelCatalog" Version="[{PackageUnderTest.Version}]" />
              </ItemGroup>
            </Project>
            """);
        string sources = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        foreach (string file in Directory.GetFiles(sources))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    /// <summary>The compiler's SARIF log in a consumer's folder.</summary>
    public const string CompilerLogName = "compiler.sarif";

    /// <summary>
    /// Puts a package from this machine's NuGet cache into the local feed (a netstandard2.0 project needs
    /// NETStandard.Library, which the SDK does not bring).
    /// </summary>
    public void AddCachedPackageToFeed(string id, string version)
    {
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string nupkg = Path.Combine(cache, id.ToLowerInvariant(), version, $"{id.ToLowerInvariant()}.{version}.nupkg");
        File.Copy(nupkg, Path.Combine(Root, "feed", Path.GetFileName(nupkg)));
    }

    /// <summary>Restores a consumer from the local feed alone.</summary>
    public Task<DotNet.Result> RestoreAsync(string consumerDirectory) =>
        DotNet.RunAsync(consumerDirectory, "restore", "-nodeReuse:false");

    /// <summary>Restores and builds a consumer; the compiler's and NuGet's messages are in the result.</summary>
    public Task<DotNet.Result> BuildAsync(string consumerDirectory) =>
        DotNet.RunAsync(consumerDirectory, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

    /// <summary>Builds a restored consumer without restoring again.</summary>
    public Task<DotNet.Result> BuildRestoredAsync(string consumerDirectory) =>
        DotNet.RunAsync(consumerDirectory, "build", "--no-restore", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
    }
}
