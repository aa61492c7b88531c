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
    /// Writes a net10.0 console project that references the package under test (strict: warnings are errors) and
    /// copies the consumer's sources from Consumers/<paramref name="name"/>.
    /// </summary>
    public string CreateConsumer(string name)
    {
        string directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
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

    /// <summary>Restores and builds a consumer; the compiler's and NuGet's messages are in the result.</summary>
    public Task<DotNet.Result> BuildAsync(string consumerDirectory) =>
        DotNet.RunAsync(consumerDirectory, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

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
