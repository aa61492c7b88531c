using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Emit;

/// <summary>
/// The emitted code for a small fixture catalog that uses every column, compared byte for byte with the checked-in
/// golden files. Re-bless with MODELCATALOG_BLESS=1 after an intended change, then review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> HintNames => new()
    {
        "ModelCatalog.Organizations.g.cs",
        "ModelCatalog.Templates.g.cs",
        "ModelCatalog.Models.g.cs",
    };

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Emitted_code_matches_the_golden_file(string hintName)
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.Fixture("small")));
        Assert.Empty(run.Diagnostics);

        string actual = run.Source(hintName);
        string path = TestPaths.Golden(hintName + ".txt");
        if (Environment.GetEnvironmentVariable("MODELCATALOG_BLESS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run the tests once with MODELCATALOG_BLESS=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void Fixture_catalog_compiles_with_the_runtime_without_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.Fixture("small")));

        Assert.Empty(run.CompileErrors());
    }
}
