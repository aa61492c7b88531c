using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Emit;

/// <summary>
/// The golden fixture's values read back through the compiled assembly, not through its blessed text: each
/// expectation is written here by hand from the fixture's CSV cells and the notation data/README.md defines
/// (sizes, partial dates, escapes), so a change in how a value is parsed or emitted fails here even when the
/// golden files are re-blessed.
/// </summary>
public sealed class GoldenValuesTests : IClassFixture<GoldenValuesTests.CompiledFixture>
{
    private readonly LoadedCatalog _catalog;

    public GoldenValuesTests(CompiledFixture fixture) => _catalog = fixture.Catalog;

    public static TheoryData<string, int, string, long, long, int?, bool, bool> Sizes => new()
    {
        // model, index, label, parameters, minimum, experts, known, uncertain  (fixture cell -> README meaning)
        { "Opt", 0, "125M-175B", 175_000_000_000, 125_000_000, null, true, false },         // a range: both ends
        { "Llama", 0, "7B", 6_700_000_000, 6_700_000_000, null, true, false },              // 7B=6.7B: the exact count
        { "Llama", 1, "13B", 13_000_000_000, 13_000_000_000, null, true, false },
        { "Llama", 2, "33B", 32_500_000_000, 32_500_000_000, null, true, false },           // 33B=32.5B
        { "Llama", 3, "65B", 65_200_000_000, 65_200_000_000, null, true, false },           // 65B=65.2B
        { "Mixtral", 0, "8x7B", 46_700_000_000, 46_700_000_000, 8, true, false },           // 8x7B=46.7B: 8 experts
        { "Mixtral", 1, "8x22B", 141_000_000_000, 141_000_000_000, 8, true, false },        // 8x22B=141B
        { "Mystery", 0, "?", 0, 0, null, false, true },                                     // '?': unknown
        { "Mystery", 1, "260B", 260_000_000_000, 260_000_000_000, null, true, true },       // '260B?': doubted
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_size_reads_back_as_its_parameters(string model, int index, string label, long parameters, long minimum, int? experts, bool known, bool uncertain)
    {
        dynamic size = Size(model, index);

        Assert.Equal(label, (string)size.Label);
        Assert.Equal(parameters, (long)size.Parameters);
        Assert.Equal(minimum, (long)size.MinimumParameters);
        Assert.Equal(experts, (int?)size.Experts);
        Assert.Equal(known, (bool)size.IsKnown);
        Assert.Equal(uncertain, (bool)size.IsUncertain);
        Assert.Equal(minimum != parameters, (bool)size.IsRange);
    }

    [Fact]
    public void Each_model_has_as_many_sizes_as_its_cell_lists()
    {
        Assert.Equal(4, Count(_catalog.Get("Models", "Llama", "Sizes")));
        Assert.Equal(3, Count(_catalog.Get("Models", "Llama2", "Sizes")));
        Assert.Equal(2, Count(_catalog.Get("Models", "Mixtral", "Sizes")));
        Assert.Equal(1, Count(_catalog.Get("Models", "Opt", "Sizes")));
        Assert.Equal(2, Count(_catalog.Get("Models", "Mystery", "Sizes")));
    }

    [Fact]
    public void Releases_keep_their_precision_and_version()
    {
        dynamic llama = Item(_catalog.Get("Models", "Llama", "Releases"), 0); // 2023-02-24
        Assert.Null((string?)llama.Version);
        Assert.Equal((2023, 2, 24), ((int)llama.Date.Year, (int?)llama.Date.Month, (int?)llama.Date.Day));

        dynamic mystery = Item(_catalog.Get("Models", "Mystery", "Releases"), 0); // 2023: year only
        Assert.Equal((2023, (int?)null, (int?)null), ((int)mystery.Date.Year, (int?)mystery.Date.Month, (int?)mystery.Date.Day));

        dynamic mixtral = Item(_catalog.Get("Models", "Mixtral", "Releases"), 1); // 8x22B: 2024-04
        Assert.Equal("8x22B", (string?)mixtral.Version);
        Assert.Equal((2024, (int?)4, (int?)null), ((int)mixtral.Date.Year, (int?)mixtral.Date.Month, (int?)mixtral.Date.Day));
    }

    [Fact]
    public void Counts_flags_and_references_read_back()
    {
        Assert.Equal(1_400_000_000_000L, (long?)_catalog.Get("Models", "Llama", "TrainingTokens")); // 1.4T
        Assert.Equal(180_000_000_000L, (long?)_catalog.Get("Models", "Opt", "TrainingTokens"));     // 180B
        Assert.Null((long?)_catalog.Get("Models", "Mixtral", "TrainingTokens"));                   // empty cell
        Assert.Equal(false, (bool?)_catalog.Get("Models", "Mystery", "OpenWeights"));              // no
        Assert.Null(_catalog.Get("Models", "Mystery", "Architecture"));                            // empty cell

        Assert.Equal("llama", Slug(_catalog.Get("Models", "Llama2", "BaseModel")));
        Assert.Equal("llama-2", Slug(_catalog.Get("Models", "Mystery", "BaseModel")));
        Assert.Equal("01-ai", Slug(_catalog.Get("Models", "Qwen2_5Vl", "Organization")));
        Assert.Equal(["llama-2", "mystery"], Slugs(_catalog.Get("Models", "Llama", "Derivatives")).Concat(Slugs(_catalog.Get("Models", "Llama2", "Derivatives"))));
    }

    [Fact]
    public void Texts_come_back_as_the_cells_say()
    {
        // organizations.csv: a quoted cell with doubled quotes and a line break, taken verbatim.
        Assert.Equal("Notes with <xml> & \"quotes\", a comma, and a line\nbreak.", ((string?)_catalog.Get("Organizations", "_01Ai", "Notes"))?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(["meta-llama", "facebook"], (IEnumerable<string>)_catalog.Get("Organizations", "Meta", "HuggingFace")!);

        // templates.csv: \n in a format column is a line break; in notes the text stays as written.
        Assert.Equal("<|im_start|>system\n{{content}}<|im_end|>\n", (string?)_catalog.Get("Templates", "Qwen2Vl", "SystemFormat"));
        Assert.Equal("You are a helpful assistant.", (string?)_catalog.Get("Templates", "Qwen2Vl", "DefaultSystem"));
        Assert.Equal(["<|im_end|>"], (IEnumerable<string>)_catalog.Get("Templates", "Qwen2Vl", "StopWords")!);
        Assert.Equal(" {{content}}</s>", (string?)_catalog.Get("Templates", "Mistral", "AssistantFormat")); // quoted: its leading space kept
        Assert.Equal(@"Tab\there and a backslash \\ stay escaped in text columns only.", (string?)_catalog.Get("Templates", "Qwen2Vl", "Notes"));
    }

    private dynamic Size(string model, int index) => Item(_catalog.Get("Models", model, "Sizes"), index);

    private static object Item(object? list, int index) => ((System.Collections.IEnumerable)list!).Cast<object>().ElementAt(index);

    private static int Count(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>().Count();

    private static string Slug(object? entry) => (string)((dynamic)entry!).Slug;

    private static IEnumerable<string> Slugs(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>().Select(Slug);

    /// <summary>The fixture compiled and loaded once for the class.</summary>
    public sealed class CompiledFixture : IDisposable
    {
        public CompiledFixture()
        {
            GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.Fixture("small")));
            Assert.Empty(run.Diagnostics);
            Catalog = new LoadedCatalog(run.Output);
        }

        public LoadedCatalog Catalog { get; }

        public void Dispose() => Catalog.Dispose();
    }
}
