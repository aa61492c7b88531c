using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// Scenario 1: a console app restored from the local feed uses constants, lookups, relationships and JSON; it is
/// built, run, and each fact it prints is checked.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ConsumerAppTests : IClassFixture<ConsumerAppTests.AppRun>
{
    private readonly AppRun _run;

    public ConsumerAppTests(AppRun run) => _run = run;

    /// <summary>Builds and runs the App consumer once for all the facts below.</summary>
    public sealed class AppRun : AppConsumerRun
    {
        protected override string CreateConsumer(ConsumerWorkspace workspace) => workspace.CreateConsumer("App");
    }

    [Fact]
    public void The_consumer_restores_from_the_local_feed_alone_and_builds_without_warnings()
    {
        Assert.True(_run.Build.ExitCode == 0, _run.Build.ToString());
        // Warnings of every kind are errors in the consumer, so exit code 0 means none; the compiler's log agrees.
        Assert.Empty(CompilerLog.WarningsAndErrors(Path.Combine(_run.ConsumerDirectory, ConsumerWorkspace.CompilerLogName)));
        Assert.True(Directory.Exists(Path.Combine(_run.PackagesFolder, "modelcatalog", PackageUnderTest.Version)), "The package was not restored into the consumer's own folder.");
    }

    [Fact]
    public async Task Without_tables_of_its_own_the_consumer_gets_no_generated_code_but_keeps_the_lookup_analyzer()
    {
        Assert.True(_run.Build.ExitCode == 0, _run.Build.ToString());
        Assert.Empty(ConsumerWorkspace.GeneratedSources(_run.ConsumerDirectory));
        // The generator's assembly also carries the lookup analyzer (MCAT401/402), on for every consumer.
        Assert.Contains("ModelCatalog.Generator.dll", await ConsumerWorkspace.PackageAnalyzersAsync(_run.ConsumerDirectory));
    }

    [Fact]
    public void The_consumer_runs()
    {
        Assert.True(_run.Build.ExitCode == 0, _run.Build.ToString());
        Assert.True(_run.Run.ExitCode == 0, _run.Run.ToString());
    }

    [Theory]
    [InlineData("name", "Llama 3")]
    [InlineData("slug", "llama-3")]
    [InlineData("organization", "Meta")]
    [InlineData("largest", "405B")]
    [InlineData("first-release", "2024-04")]
    [InlineData("template", "llama3")]
    [InlineData("mixtral-experts", "8")]
    [InlineData("to-string", "Llama 3 | Meta | Llama 3 | Llama3")]
    public void Constants_carry_their_facts(string key, string expected) => AssertFact(key, expected);

    [Theory]
    [InlineData("find-alias", "llama-3")]
    [InlineData("parse-name", "Llama3")]
    [InlineData("parse-span", "meta")]
    [InlineData("parse-template", "llama3")]
    [InlineData("parse-unknown", "False")]
    public void Lookups_and_parsing_find_ids_by_slug_name_and_alias(string key, string expected) => AssertFact(key, expected);

    [Theory]
    [InlineData("alpaca-base", "LLaMA")]
    [InlineData("llama-derivatives-include-alpaca", "True")]
    [InlineData("meta-makes-llama3", "True")]
    [InlineData("llama3-template-used-by-llama3", "True")]
    [InlineData("equal-by-id", "True")]
    public void Relationships_resolve_both_ways(string key, string expected) => AssertFact(key, expected);

    [Fact]
    public void Json_writes_slugs_including_dictionary_keys() =>
        AssertFact("json", """{"model":"llama-3","maker":"meta","template":"llama3","ranks":{"mixtral":1},"fallback":null}""");

    [Theory]
    [InlineData("json-round-trip", "True")]
    [InlineData("json-from-names", "llama-3 meta llama3 mixtral=2 gpt-4")]
    [InlineData("json-source-generated", "True")]
    [InlineData("json-source-generated-read", "mixtral")]
    public void Json_reads_slugs_names_and_aliases(string key, string expected) => AssertFact(key, expected);

    [Theory]
    [InlineData("json-escaped", "llama-3")]
    [InlineData("json-long", "JsonException: 'xxxxxxxxxx")]
    [InlineData("json-number", "JsonException: Expected a string naming a model (its id, name or alias), found Number.")]
    [InlineData("slug-of-undefined", "ArgumentOutOfRangeException: -1 is not a defined ModelId.")]
    public void Edge_cases_read_escapes_and_long_text_and_refuse_numbers_and_undefined_ids(string key, string expectedStart)
    {
        AssertRan();
        Assert.True(_run.Facts.TryGetValue(key, out string? actual), $"The consumer printed no '{key}':\n{_run.Run}");
        Assert.StartsWith(expectedStart, actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rejects_an_unknown_model_naming_the_value()
    {
        AssertRan();
        Assert.StartsWith("'llama-33' is not the id, name or alias of a model of the catalog.", _run.Facts["json-unknown"], StringComparison.Ordinal);
    }

    private void AssertFact(string key, string expected) => _run.AssertFact(key, expected);

    private void AssertRan() => _run.AssertRan();
}
