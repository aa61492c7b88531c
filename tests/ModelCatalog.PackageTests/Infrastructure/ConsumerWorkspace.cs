using System.Text.Json;

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
    /// errors, so exit code 0 means no warning of any kind) and copies the consumer's sources, folders included, from
    /// Consumers/<paramref name="name"/>. The compiler writes its diagnostics to <see cref="CompilerLogName"/>
    /// (SARIF 2.1), so tests check diagnostic ids and positions, never the build's English text; generated sources
    /// are written under obj/ (<see cref="GeneratedSources"/>). <paramref name="projectBody"/> is MSBuild XML put
    /// after the defaults (tables, properties that override them); several frameworks (<c>a;b</c>) multi-target.
    /// </summary>
    public string CreateConsumer(string name, string targetFramework = "net10.0", string outputType = "Exe", string projectBody = "")
    {
        string directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        string frameworkProperty = targetFramework.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <{frameworkProperty}>{targetFramework}</{frameworkProperty}>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <MSBuildTreatWarningsAsErrors>true</MSBuildTreatWarningsAsErrors>
                <ErrorLog>$(MSBuildProjectDirectory)/{CompilerLogName},version=2.1</ErrorLog>
                <RestorePackagesPath>{PackagesFolder}</RestorePackagesPath>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelCatalog" Version="[{PackageUnderTest.Version}]" />
              </ItemGroup>
            {projectBody}
            </Project>
            """);
        string sources = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        foreach (string file in Directory.GetFiles(sources, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(directory, Path.GetRelativePath(sources, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return directory;
    }

    /// <summary>Runs a built net10.0 console consumer and reads the <c>key=value</c> lines it printed.</summary>
    public static async Task<(DotNet.Result Run, IReadOnlyDictionary<string, string> Facts)> RunAppAsync(string consumerDirectory)
    {
        string name = Path.GetFileName(consumerDirectory);
        DotNet.Result run = await DotNet.RunAsync(consumerDirectory, Path.Combine("bin", "Release", "net10.0", name + ".dll"));
        Dictionary<string, string> facts = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
        return (run, facts);
    }

    /// <summary>A set of catalog tables in the test's output (Consumers/Tables/<paramref name="name"/>) that consumers list as ModelCatalogTable items.</summary>
    public static string TablesFolder(string name) => Path.Combine(AppContext.BaseDirectory, "Consumers", "Tables", name);

    /// <summary>The sources the package's generator wrote for a built consumer, in every target framework's obj/ folder.</summary>
    public static IReadOnlyList<string> GeneratedSources(string consumerDirectory)
    {
        string obj = Path.Combine(consumerDirectory, "obj");
        return Directory.Exists(obj)
            ? Directory.GetDirectories(obj, "ModelCatalog.Generator", SearchOption.AllDirectories)
                .SelectMany(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
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

    /// <summary>
    /// The file names of the package's analyzers that a restored, single-targeted consumer hands its compiler, as MSBuild
    /// resolves them (after the package's own targets had their say).
    /// </summary>
    public static async Task<IReadOnlyList<string>> PackageAnalyzersAsync(string consumerDirectory)
    {
        DotNet.Result result = await DotNet.RunAsync(consumerDirectory, "msbuild", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-p:Configuration=Release", "-nodeReuse:false");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument items = JsonDocument.Parse(result.Output);
        return items.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Where(item => item.TryGetProperty("NuGetPackageId", out JsonElement id) && id.GetString() == "ModelCatalog")
            .Select(item => item.GetProperty("Filename").GetString() + item.GetProperty("Extension").GetString())
            .Order(StringComparer.Ordinal)
            .ToList();
    }

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
