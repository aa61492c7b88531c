using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

/// <summary>
/// docs/catalog.json is the whole catalog as the JSON export writes it, checked in so that every change to the data
/// is also a readable diff. It must be what the export of the built catalog writes now.
/// </summary>
public sealed class CatalogSnapshotTests
{
    private const string Refresh =
        "dotnet run --project src/ModelCatalog.Cli -- export --format json --out docs/catalog.json";

    [Fact]
    public void The_checked_in_snapshot_is_the_export_of_the_built_catalog()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "catalog.json");
        Assert.True(File.Exists(path), $"docs/catalog.json is missing: create it with `{Refresh}` from the repository's root and commit it.");

        CliResult export = Tool.Run("export", "--format", "json");
        Assert.Equal(0, export.ExitCode);

        string[] expected = Lines(File.ReadAllText(path));
        string[] actual = Lines(export.Out);
        int first = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
        if (first >= 0)
        {
            Assert.Fail(
                $"docs/catalog.json is out of date with data/*.csv (first difference on line {first + 1}: " +
                $"checked in `{Line(expected, first)}`, exported `{Line(actual, first)}`). Refresh it with `{Refresh}` " +
                "from the repository's root, review the diff and commit it.");
        }

        Assert.Contains(actual, l => l.Contains("\"id\": \"llama-3\"", StringComparison.Ordinal));
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index].Trim() : "(end of file)";

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "ModelCatalog.Generated.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }
}
