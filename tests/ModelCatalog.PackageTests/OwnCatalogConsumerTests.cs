using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// A console app with organizations, templates, models and checkpoints tables of its own (Consumers/Tables/Acme), its
/// generated classes named by ModelCatalogNamespace and ModelCatalogPrefix, XML documentation on with warnings as
/// errors (a generated public member without docs would be CS1591), and beside its tables an unrelated models.csv
/// AdditionalFile (scores/, not a catalog table, so the generator must not read it): built, run, and each printed fact
/// checked against the tables, the built-in catalog's README and data/README.md's enum value rule.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class OwnCatalogConsumerTests : IClassFixture<OwnCatalogConsumerTests.AppRun>
{
    private readonly AppRun _run;

    public OwnCatalogConsumerTests(AppRun run) => _run = run;

    /// <summary>Builds and runs the OwnCatalog consumer once for all the facts below, on first use.</summary>
    public sealed class AppRun : AppConsumerRun
    {
        public override Task InitializeAsync() => Task.CompletedTask;

        protected override string CreateConsumer(ConsumerWorkspace workspace) => workspace.CreateConsumer("OwnCatalog", projectBody: $"""
            <PropertyGroup>
              <ModelCatalogNamespace>Acme.Catalog</ModelCatalogNamespace>
              <ModelCatalogPrefix>Acme</ModelCatalogPrefix>
              <GenerateDocumentationFile>true</GenerateDocumentationFile>
            </PropertyGroup>
            <ItemGroup>
              <ModelCatalogTable Include="{ConsumerWorkspace.TablesFolder("Acme")}/*.csv" />
              <AdditionalFiles Include="scores/models.csv" />
            </ItemGroup>
            """);
    }

    [Fact]
    public async Task The_consumer_builds_without_any_warning_and_runs()
    {
        await _run.BuiltAsync();
        Assert.True(_run.Build.ExitCode == 0, _run.Build.ToString());
        Assert.Empty(CompilerLog.WarningsAndErrors(Path.Combine(_run.ConsumerDirectory, ConsumerWorkspace.CompilerLogName)));
        Assert.True(_run.Run.ExitCode == 0, _run.Run.ToString());
    }

    [Theory]
    [InlineData("name", "Acme Llama")]
    [InlineData("slug", "acme-llama")]
    [InlineData("get-by-id", "acme-llama")]
    [InlineData("organization", "Acme AI")]
    [InlineData("organization-is-own", "True")]
    [InlineData("size", "8B")]
    [InlineData("release", "2025-03")]
    public Task The_own_rows_carry_the_tables_facts(string key, string expected) => AssertFactAsync(key, expected);

    [Theory]
    [InlineData("base", "llama-3")]
    [InlineData("base-is-built-in", "True")]
    [InlineData("template", "llama3")]
    [InlineData("template-is-built-in", "True")]
    public Task References_into_the_built_in_catalog_resolve_to_its_entries(string key, string expected) => AssertFactAsync(key, expected);

    [Theory]
    [InlineData("checkpoint-model", "acme-llama")]
    [InlineData("checkpoint-repository", "acme-ai/Acme-Llama-8B-Instruct")]
    [InlineData("checkpoint-template", "acme-chat")]
    [InlineData("checkpoint-context", "8192")]
    // The template's user format with "hi" for {{content}}, which already opens the assistant's turn; no prefix, no system.
    [InlineData("render", "<|user|>hi<|end|><|assistant|>")]
    public Task The_own_checkpoint_and_template_work_like_built_in_ones(string key, string expected) => AssertFactAsync(key, expected);

    [Theory]
    [InlineData("find-own-alias", "acme-llama")]
    [InlineData("find-built-in", "llama-3")]            // an alias of the built-in Llama 3 (README)
    [InlineData("find-repository", "acme-llama-8b-instruct")]
    [InlineData("find-organization", "meta")]
    [InlineData("find-unknown", "False")]
    [InlineData("built-in-does-not-see-it", "False")]   // no global state: the package's own lookup is unchanged
    public Task One_lookup_finds_own_and_built_in_entries_in_any_case(string key, string expected) => AssertFactAsync(key, expected);

    [Fact]
    public async Task The_own_id_value_is_the_fnv_1a_hash_of_its_slug()
    {
        // data/README.md#enum-values: FNV-1a 32-bit over the slug's UTF-8 bytes, top bit cleared; computed here, not by the generator.
        uint hash = 2166136261;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes("acme-llama"))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        await AssertFactAsync("id-value", ((int)(hash & 0x7FFFFFFF)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task AssertFactAsync(string key, string expected)
    {
        await _run.BuiltAsync();
        _run.AssertFact(key, expected);
    }
}
