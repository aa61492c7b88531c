using System.Runtime.CompilerServices;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>Where the test sources, fixtures and the repository's data live.</summary>
public static class TestPaths
{
    public static string ProjectDirectory { get; } = Find();

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

    public static string Fixture(string name) => Path.Combine(ProjectDirectory, "Fixtures", name);

    public static string Golden(string name) => Path.Combine(ProjectDirectory, "Golden", name);

    private static string Find([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, ".."));
}
