using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// A consumer with a table of its own (catalog/models.csv) whose one row names the base model <c>llama-33</c>, which
/// no catalog has: the package's generator, loaded by the consumer's compiler from the package's files alone, reads the
/// table and fails the build at that cell. Positions come from the CSV itself, not from the generator.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class UnknownReferenceConsumerTests : IClassFixture<UnknownReferenceConsumerTests.Build>
{
    /// <summary>The compiler's own ways of saying it could not load or run an analyzer or generator, and the generator's.</summary>
    private static readonly string[] s_loadFailures =
    [
        "CS8032", // an analyzer instance cannot be created (a type or dependency failed to load)
        "CS8033", // the assembly holds no analyzers
        "CS8784", // a generator failed to initialize
        "CS8785", // a generator threw while generating
        "CS9057", // the analyzer was built against a newer compiler than this one
        "AD0001", // an analyzer threw
        "MCAT901", // the generator's own stage guard caught an exception (a missing dependency included)
    ];

    private readonly Build _build;

    public UnknownReferenceConsumerTests(Build build) => _build = build;

    /// <summary>Builds the consumer once for the facts below.</summary>
    public sealed class Build : IAsyncLifetime
    {
        private readonly ConsumerWorkspace _workspace = new();

        public DotNet.Result Result { get; private set; } = null!;

        public string ConsumerDirectory { get; private set; } = null!;

        public IReadOnlyList<CompilerLog.Entry> Diagnostics { get; private set; } = [];

        public async Task InitializeAsync()
        {
            ConsumerDirectory = _workspace.CreateConsumer("UnknownReference", projectBody: """
                <ItemGroup>
                  <ModelCatalogTable Include="catalog/*.csv" />
                </ItemGroup>
                """);
            Result = await _workspace.BuildAsync(ConsumerDirectory);
            string log = Path.Combine(ConsumerDirectory, ConsumerWorkspace.CompilerLogName);
            Diagnostics = File.Exists(log) ? CompilerLog.Read(log) : [];
        }

        public Task DisposeAsync()
        {
            _workspace.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void The_generator_and_its_csv_reader_load_in_the_compiler_from_the_package_alone()
    {
        Assert.NotEqual(0, _build.Result.ExitCode);
        Assert.DoesNotContain(_build.Diagnostics, d => s_loadFailures.Contains(d.RuleId));
        // The generator ran: it read the consumer's table with CsvHelper and reported on its row.
        Assert.Contains(_build.Diagnostics, d => d.RuleId.StartsWith("MCAT", StringComparison.Ordinal) && d.Line == 2 && d.File.EndsWith("catalog/models.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_tables_the_compiler_gets_the_generator_its_dependencies_and_the_code_fixes()
    {
        Assert.Equal(
            ["CsvHelper.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "ModelCatalog.CodeFixes.dll", "ModelCatalog.Generator.dll"],
            await ConsumerWorkspace.PackageAnalyzersAsync(_build.ConsumerDirectory));
    }

    [Fact]
    public void The_unknown_base_model_is_an_error_at_its_cell()
    {
        (int line, int column) = CellOf("llama-33");

        CompilerLog.Entry error = Assert.Single(_build.Diagnostics, d => d.RuleId == "MCAT204");
        Assert.Equal("error", error.Level);
        Assert.EndsWith("catalog/models.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("'llama-33'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_unknown_base_model_fails_and_it_suggests_the_built_in_llama_3()
    {
        // The row's organization (meta) and template (llama3) are built-in ids, so they resolve.
        CompilerLog.Entry error = Assert.Single(_build.Diagnostics);
        Assert.Equal("MCAT204", error.RuleId);
        Assert.Contains("did you mean 'llama-3'?", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of a cell's text in the consumer's models.csv.</summary>
    private (int Line, int Column) CellOf(string text)
    {
        string[] lines = File.ReadAllLines(Path.Combine(_build.ConsumerDirectory, "catalog", "models.csv"));
        int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf(text, StringComparison.Ordinal) + 1);
    }
}
