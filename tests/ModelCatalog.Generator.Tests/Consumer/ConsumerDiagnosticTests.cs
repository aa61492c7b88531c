using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>
/// A consumer's references into the built-in catalog are checked at build time, at the consumer's own cell; its ids may
/// not take a built-in one; files it did not mark as tables are never read. Positions are counted by hand from the rows.
/// </summary>
public sealed class ConsumerDiagnosticTests
{
    private const string Header = CatalogFiles.ModelsHeader;

    [Fact]
    public void An_unknown_built_in_base_model_is_reported_at_its_cell_with_a_did_you_mean()
    {
        const string row = "acme-chat,Acme Chat,,acme,2025,8B,,decoder,en,text,no,llama-33,llama3,https://acme.example/chat,";
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.With("acme.models.csv", Header + "\n" + row + "\n"));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "MCAT204");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ConsumerTables.Directory + "acme.models.csv", span.Path);
        Assert.Equal(1, span.StartLinePosition.Line); // the second line of the file, 0-based
        Assert.Equal(row.IndexOf("llama-33", StringComparison.Ordinal), span.StartLinePosition.Character);
        Assert.Equal("column 'base_model' on line 2: 'llama-33' is not a model id; did you mean 'llama-3'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Unknown_built_in_organizations_and_templates_get_the_same_suggestions()
    {
        const string row = "acme-chat,Acme Chat,,metta,2025,8B,,decoder,en,text,no,,llama-3;acme-plain,https://acme.example/chat,";
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.With("acme.models.csv", Header + "\n" + row + "\n"));

        Diagnostic organization = Assert.Single(run.Diagnostics, d => d.Id == "MCAT202");
        Assert.Equal(row.IndexOf("metta", StringComparison.Ordinal), organization.Location.GetLineSpan().StartLinePosition.Character);
        Assert.EndsWith("'metta' is not an organization id, so the row is left out; did you mean 'meta'?", organization.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Diagnostics.Where(d => d.Id == "MCAT203"));
    }

    [Fact]
    public void A_template_id_close_to_a_built_in_one_suggests_it()
    {
        const string row = "acme-chat,Acme Chat,,acme,2025,8B,,decoder,en,text,no,,lama3,https://acme.example/chat,";
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.With("acme.models.csv", Header + "\n" + row + "\n"));

        Diagnostic template = Assert.Single(run.Diagnostics, d => d.Id == "MCAT203");
        Assert.Equal(row.IndexOf("lama3", StringComparison.Ordinal), template.Location.GetLineSpan().StartLinePosition.Character);
        Assert.EndsWith("'lama3' is not a template id; did you mean 'llama3'?", template.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_consumer_id_equal_to_a_built_in_id_is_an_error_not_a_shadow()
    {
        const string row = "llama-3,My Llama,,acme,2025,8B,,decoder,en,text,no,,,https://acme.example/chat,";
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.With("acme.models.csv", Header + "\n" + row + "\n"));

        Diagnostic taken = Assert.Single(run.Diagnostics, d => d.Id == "MCAT213");
        Assert.Equal(0, taken.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal(1, taken.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'llama-3' is the built-in model 'Llama 3' of ModelCatalog", taken.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // The row is left out; the checkpoint of acme-chat (no longer defined) is reported, not silently bound to Llama 3.
        Assert.Null(run.Output.GetTypeByMetadataName("Acme.AcmeModelIds")!.GetMembers("Llama3").SingleOrDefault());
    }

    [Fact]
    public void Organization_template_and_checkpoint_ids_may_not_take_built_in_ones_either()
    {
        AdditionalText[] tables =
        [
            new InMemoryAdditionalText("/t/organizations.csv", CatalogFiles.OrganizationsHeader + "\nmeta,Not Meta,,,,,https://x.example,\n"),
            new InMemoryAdditionalText("/t/templates.csv", CatalogFiles.TemplatesHeader + "\nllama3,Not Llama 3,,,,,{{content}},{{content}},,,,text,,,,https://x.example,\n"),
            new InMemoryAdditionalText("/t/checkpoints.csv", CatalogFiles.CheckpointsHeader + "\nllama-3-8b-instruct,X,llama-3,,8B,instruct,,,,,,https://x.example,\n"),
        ];
        GeneratorRun run = ConsumerHarness.Run(tables);

        Assert.Equal(
            ["/t/checkpoints.csv", "/t/organizations.csv", "/t/templates.csv"],
            run.Diagnostics.Where(d => d.Id == "MCAT213").Select(d => d.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        Assert.Equal(3, run.Diagnostics.Length);
    }

    [Fact]
    public void A_row_may_not_take_the_name_of_its_generated_class()
    {
        // 'acme-models' would be the member AcmeModels of the class AcmeModels (CS0542).
        const string row = "acme-models,Acme Models,,acme,2025,8B,,decoder,en,text,no,,,https://acme.example/chat,";
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.With("acme.models.csv", Header + "\n" + row + "\n"));

        Diagnostic reserved = Assert.Single(run.Diagnostics, d => d.Id == "MCAT302");
        Assert.Contains("'acme-models' would be the C# name 'AcmeModels'", reserved.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompileErrors().Where(d => d.Id == "CS0542"));
    }

    [Fact]
    public void A_project_without_tables_gets_no_source_and_no_diagnostics()
    {
        // An AdditionalFile named like a table but not marked ModelCatalogTable is someone else's file.
        AdditionalText unrelated = new InMemoryAdditionalText("/acme/data/models.csv", "not,a,catalog\n\"broken");
        GeneratorRun run = ConsumerHarness.Run([], otherFiles: [unrelated]);

        Assert.Empty(run.Result.Results.Single().GeneratedSources);
        Assert.Empty(run.Diagnostics);
        // Nothing was parsed, and the built-in catalog's symbols were never read.
        GeneratorRunResult result = run.Result.Results.Single();
        Assert.DoesNotContain(TrackingNames.Parse, result.TrackedSteps.Keys);
        Assert.Same(Catalog.ReferencedCatalog.None, result.TrackedSteps[TrackingNames.ReferencedCatalog].Single().Outputs.Single().Value);
    }

    [Fact]
    public void Tables_without_a_ModelCatalog_reference_say_what_is_missing()
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), referenceModelCatalog: false);

        Diagnostic missing = Assert.Single(run.Diagnostics, d => d.Id == "MCAT011");
        Assert.Contains("does not reference ModelCatalog", missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
