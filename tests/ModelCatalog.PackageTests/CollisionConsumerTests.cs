using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>A consumer's own id equal to a built-in one is a diagnostic at its cell, never a silent shadow of the built-in row.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class CollisionConsumerTests
{
    [Fact]
    public async Task An_own_id_equal_to_a_built_in_id_fails_with_MCAT213_at_its_cell()
    {
        using var workspace = new ConsumerWorkspace();
        string consumer = workspace.CreateConsumer("Collision", projectBody: """
            <ItemGroup>
              <ModelCatalogTable Include="catalog/*.csv" />
            </ItemGroup>
            """);

        DotNet.Result build = await workspace.BuildAsync(consumer);

        Assert.NotEqual(0, build.ExitCode);
        CompilerLog.Entry error = Assert.Single(CompilerLog.Read(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        Assert.Equal(("MCAT213", "error"), (error.RuleId, error.Level));
        // The third line of the table is the row whose id is llama-3; the id is its first cell.
        string[] lines = File.ReadAllLines(Path.Combine(consumer, "catalog", "models.csv"));
        Assert.StartsWith("llama-3,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("catalog/models.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("'llama-3'", error.Message, StringComparison.Ordinal);
    }
}
