using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>
/// Catalogs used together: a library's generated catalog marks its assembly, and a project that references it may not
/// take its ids (MCAT214), nor reference two libraries whose catalogs share one.
/// </summary>
public sealed class OtherCatalogTests
{
    private static AdditionalText[] Beta(string modelId) =>
    [
        new InMemoryAdditionalText("/beta/organizations.csv", CatalogFiles.OrganizationsHeader + "\nbeta,Beta Labs,,,,,https://beta.example,\n"),
        new InMemoryAdditionalText("/beta/models.csv", CatalogFiles.ModelsHeader + $"\n{modelId},Beta Model,,beta,2025,7B,,decoder,en,text,yes,,,https://beta.example/model,\n"),
    ];

    [Fact]
    public void A_library_catalog_marks_its_assembly_with_its_ids_classes()
    {
        GeneratorRun run = ConsumerHarness.Run(Beta("beta-model"), properties: [("RootNamespace", "Beta")], assemblyName: "Beta");

        AttributeData marker = run.Output.Assembly.GetAttributes().Single(a => a.AttributeClass!.Name == "CatalogAssemblyAttribute");
        Assert.Equal(["Beta.BetaOrganizationIds", "Beta.BetaTemplateIds", "Beta.BetaModelIds", "Beta.BetaCheckpointIds"], marker.ConstructorArguments.Select(a => ((ITypeSymbol)a.Value!).ToDisplayString()));
    }

    [Fact]
    public void An_id_of_a_referenced_catalog_is_reported_at_the_consumers_cell()
    {
        MetadataReference beta = ConsumerHarness.Library("Beta", Beta("acme-chat"));

        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), libraries: [beta]);

        Diagnostic taken = Assert.Single(run.Diagnostics);
        Assert.Equal("MCAT214", taken.Id);
        FileLinePositionSpan span = taken.Location.GetLineSpan();
        Assert.Equal((ConsumerTables.Directory + "acme.models.csv", 1, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(
            "column 'id' on line 2: id 'acme-chat' has the enum value of the model 'acme-chat' of the catalog in Beta, which this project references; choose another id",
            taken.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_referenced_catalogs_sharing_an_id_are_reported()
    {
        MetadataReference beta = ConsumerHarness.Library("Beta", Beta("shared-model"));
        MetadataReference gamma = ConsumerHarness.Library("Gamma", Beta("shared-model"));

        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), libraries: [beta, gamma]);

        // 'beta' (the organization) and 'shared-model' are in both.
        Assert.Equal(
            [
                $"the catalogs of Beta and Gamma, both referenced, define organization ids with one enum value (beta, beta: {ConsumerTables.Fnv1a("beta")}); rename one of them",
                $"the catalogs of Beta and Gamma, both referenced, define model ids with one enum value (shared-model, shared-model: {ConsumerTables.Fnv1a("shared-model")}); rename one of them",
            ],
            run.Diagnostics.Where(d => d.Id == "MCAT214").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2, run.Diagnostics.Length);
    }
}
