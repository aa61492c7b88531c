using System.Diagnostics;
using ModelCatalog.Generator.Parsing;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>Line endings, byte order marks, determinism, and sizes far beyond the real catalog.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_give_the_same_code_as_lf()
    {
        Dictionary<string, string> lf = Fixture();
        var crlf = lf.ToDictionary(t => t.Key, t => "\uFEFF" + t.Value.Replace("\n", "\r\n", StringComparison.Ordinal), StringComparer.Ordinal);

        CatalogPipeline.Output a = CatalogPipeline.Run(lf);
        CatalogPipeline.Output b = CatalogPipeline.Run(crlf);

        Assert.Empty(a.Link.Diagnostics);
        Assert.Empty(b.Link.Diagnostics);
        // Values that span lines keep the file's own line break; everything else is identical.
        Assert.Equal(a.Link.Catalog.Models, b.Link.Catalog.Models);
        Assert.Equal(a.Link.Catalog.Templates, b.Link.Catalog.Templates);
        Assert.Equal(
            a.Link.Catalog.Organizations.Select(o => o.Notes),
            b.Link.Catalog.Organizations.Select(o => o.Notes?.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Equal(
            a.Files.Items.Select(f => f.Text.Split('\n').Where(IsCode)),
            b.Files.Items.Select(f => f.Text.Split('\n').Where(IsCode)));

        // The encoded records hold the notes' line breaks as they are; every other line must match.
        static bool IsCode(string line) =>
            !line.Contains("private const string encodedRecords", StringComparison.Ordinal) && !line.Contains("encodedRecordsUtf8 =>", StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_give_the_same_bytes()
    {
        CatalogPipeline.Output first = CatalogPipeline.Run(Fixture());
        CatalogPipeline.Output second = CatalogPipeline.Run(Fixture());

        Assert.Equal(first.Files.Items, second.Files.Items);
        Assert.Equal(first.Link, second.Link);
    }

    [Fact]
    public void A_one_megabyte_cell_is_read_whole()
    {
        string note = new('n', 1 << 20);
        Dictionary<string, string> tables = Fixture();
        tables["models.csv"] = CatalogFiles.ModelsHeader + "\n" +
            $"llama,LLaMA,,meta,2023-02,7B,,decoder,en,text,yes,,,https://arxiv.org/abs/2302.13971,{note}\n";
        tables["organizations.csv"] = CatalogFiles.DefaultOrganizations;

        CatalogPipeline.Output output = CatalogPipeline.Run(tables);

        Assert.Empty(output.Link.Diagnostics);
        Assert.Equal(note, output.Link.Catalog.Models.Single().Notes);
    }

    [Fact]
    public void Ids_named_like_the_generated_private_members_still_compile()
    {
        // Private generated members start in lower case; an id's C# name never does, so these cannot collide.
        string[] ids = ["data", "data-utf8", "encoded-records", "s-items", "lazy-table", "create-items", "fill0"];
        string models = CatalogFiles.ModelsHeader + "\n" + string.Concat(ids.Select(id =>
            $"{id},Model {id},,meta,2023-02,7B,,decoder,en,text,yes,,,https://example.org/{id},\n"));

        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create(models: models));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        using var loaded = new LoadedCatalog(run.Output);
        Assert.Equal("Model data", loaded.Get("Models", "Data", "Name"));
        Assert.Equal("Model lazy-table", loaded.Get("Models", "LazyTable", "Name"));
    }

    [Fact]
    public void Records_beyond_the_string_heap_budget_are_emitted_as_utf8_data_and_read_back()
    {
        string note = "n\u00E9" + new string('n', 7_000_000) /* EntityClassEmitter.StringHeapBudget */ + "\u8C37";
        string models = CatalogFiles.ModelsHeader + "\n" +
            $"llama,LLaMA,,meta,2023-02,7B,,decoder,en,text,yes,,,https://arxiv.org/abs/2302.13971,{note}\n";

        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create(models: models));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> encodedRecordsUtf8 => ", run.Source("ModelCatalog.Models.g.cs"), StringComparison.Ordinal);
        Assert.Contains("encodedRecordsUtf8", run.Source("ModelCatalog.Organizations.g.cs"), StringComparison.Ordinal); // one heap: all tables switch
        Assert.Empty(run.CompileErrors());
        using var loaded = new LoadedCatalog(run.Output);
        Assert.Equal(note, loaded.Get("Models", "Llama", "Notes"));
    }

    [Fact]
    public void A_hundred_thousand_row_table_is_read_whole_in_bounded_memory()
    {
        var models = new System.Text.StringBuilder(CatalogFiles.ModelsHeader + "\n");
        for (int i = 0; i < 100_000; i++)
        {
            models.Append("model-").Append(i).Append(",Model ").Append(i).Append(",,meta,2024-01,7B;70B,1T,decoder,en,text,yes,,llama3,https://example.org/m,\n");
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        CatalogPipeline.Output output = CatalogPipeline.Run(new Dictionary<string, string>
        {
            ["organizations.csv"] = CatalogFiles.DefaultOrganizations,
            ["templates.csv"] = CatalogFiles.DefaultTemplates,
            ["models.csv"] = models.ToString(),
        });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(output.Link.Diagnostics);
        Assert.Equal(100_000, output.Link.Catalog.Models.Count);
        Assert.Contains("public static Model Model99999 => s_items[99999];", output.Files.Items.Single(f => f.HintName == "ModelCatalog.Models.g.cs").Text, StringComparison.Ordinal);
        // Time is a benchmark's question (docs/benchmarks.md), not a unit test's: a wall-clock bound fails on a loaded machine.
        Assert.True(allocated < 4L << 30, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_header_in_another_case_is_read_and_an_empty_table_is_reported()
    {
        ParsedTable upper = CsvTableParser.Parse(TableKind.Organizations, "o.csv", CatalogFiles.DefaultOrganizations.Replace("id,name", "ID,Name", StringComparison.Ordinal));
        ParsedTable empty = CsvTableParser.Parse(TableKind.Organizations, "o.csv", string.Empty);

        Assert.Empty(upper.Diagnostics);
        Assert.Equal(2, upper.Rows.Count);
        Assert.Equal("meta", upper.Rows[0].Get("id").Value);
        Assert.Equal("MCAT007", Assert.Single(empty.Diagnostics).Id);
    }

    private static Dictionary<string, string> Fixture() =>
        Directory.GetFiles(TestPaths.Fixture("small"), "*.csv").ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
}
