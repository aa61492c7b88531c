using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// The generator reads only ModelCatalogTable items: a consumer whose project has some other models.csv as an
/// AdditionalFile (here a table of scores, nothing like the catalog's schema) builds as if the file were not there.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class UnrelatedAdditionalFileTests
{
    [Fact]
    public async Task A_models_csv_that_is_not_a_ModelCatalogTable_is_ignored()
    {
        using var workspace = new ConsumerWorkspace();
        string consumer = workspace.CreateConsumer("OtherCsv", projectBody: """
            <ItemGroup>
              <AdditionalFiles Include="other/models.csv" />
            </ItemGroup>
            """);

        DotNet.Result build = await workspace.BuildAsync(consumer);

        // Read as a catalog table, its header alone would be errors (MCAT004: no id, name, organization, ...).
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(CompilerLog.WarningsAndErrors(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        Assert.Empty(ConsumerWorkspace.GeneratedSources(consumer));
    }
}
