using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// MCAT901 with a stage that really throws: a table whose text cannot be read (Parse), and the test-only
/// <see cref="StageFaults"/> hook (Link, Emit). The guard must report MCAT901 at the right place, never let the
/// exception reach the driver (CS8785 loses all output), and leave code that compiles with the runtime.
/// </summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void A_table_that_throws_when_read_is_MCAT901_on_that_file_and_the_other_tables_are_still_generated()
    {
        AdditionalText[] files = CatalogFiles.Create();
        files[2] = new ThrowingAdditionalText(CatalogFiles.Models);

        GeneratorRun run = GeneratorHarness.Run(files);

        Diagnostic error = Assert.Single(run.Diagnostics);
        Assert.Equal("MCAT901", error.Id);
        Assert.Equal(CatalogFiles.Models, error.Location.GetLineSpan().Path);
        Assert.Equal(0, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "the catalog generator failed while parsing /catalog/models.csv: IOException: the disk is gone; please report this",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.Contains("public static Organization Meta =>", run.Source("ModelCatalog.Organizations.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(" => s_items[", run.Source("ModelCatalog.Models.g.cs"), StringComparison.Ordinal); // no model property
        Assert.Empty(run.CompileErrors());
    }

    [Theory]
    [InlineData(TrackingNames.Link, "linking the tables")]
    [InlineData(TrackingNames.Emit, "emitting the catalog")]
    public void A_stage_that_throws_is_MCAT901_and_an_empty_catalog_that_compiles(string stage, string doing)
    {
        GeneratorRun run;
        StageFaults.ThrowIn = stage;
        try
        {
            run = GeneratorHarness.Run(CatalogFiles.Create());
        }
        finally
        {
            StageFaults.ThrowIn = null;
        }

        Diagnostic error = Assert.Single(run.Diagnostics);
        Assert.Equal("MCAT901", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            $"the catalog generator failed while {doing}: InvalidOperationException: fault injected by a test into {stage}; please report this",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(" => s_items[", run.Source("ModelCatalog.Models.g.cs"), StringComparison.Ordinal); // no model property
        Assert.Empty(run.CompileErrors());
    }

    [Fact]
    public void Without_the_hook_the_same_tables_give_no_diagnostic_and_a_full_catalog()
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create());

        Assert.Empty(run.Diagnostics);
        Assert.Contains("public static Model Llama3 =>", run.Source("ModelCatalog.Models.g.cs"), StringComparison.Ordinal);
    }

    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("the disk is gone");
    }
}
