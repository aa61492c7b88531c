using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Pipeline;

/// <summary>The repository's own data/ tables: clean, complete, and compiling.</summary>
public sealed class ShippedCatalogTests
{
    [Fact]
    public void The_shipped_tables_produce_no_diagnostics_and_compile()
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.DataDirectory));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        string models = run.Source("ModelCatalog.Models.g.cs");
        Assert.Contains("public static Model Llama3 => s_items[", models, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_of_the_shipped_tables_becomes_a_member()
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.DataDirectory));

        foreach ((string table, string hint) in new[] { ("organizations.csv", "Organizations"), ("templates.csv", "Templates"), ("models.csv", "Models") })
        {
            int rows = File.ReadAllLines(Path.Combine(TestPaths.DataDirectory, table)).Skip(1).Count(l => l.Length > 0 && char.IsAsciiLetterLower(l[0]) || l.Length > 0 && char.IsDigit(l[0]));
            string source = run.Source($"ModelCatalog.{hint}.g.cs");
            int members = source.Split('\n').Count(l => l.TrimStart().StartsWith("public static ", StringComparison.Ordinal) && l.Contains(" => s_items[", StringComparison.Ordinal));
            Assert.True(rows > 0);
            Assert.Equal(rows, members);
        }
    }
}
