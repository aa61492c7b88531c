using CsvHelper;

namespace ModelCatalog.Tests;

/// <summary>
/// Every row of the seed document's three tables (Fixtures/seed-facts.csv: the seed's row name, the catalog entries
/// it maps to and the facts they must show, corrected where the seed is wrong) is in the shipped catalog with those
/// facts. A row that maps to several entries (the seed's "Mistral/Mixtral") needs each listed value in one of them.
/// </summary>
public sealed class SeedFactsTests
{
    public static TheoryData<SeedRow> Rows() => new(LoadRows());

    private static List<SeedRow> LoadRows()
    {
        var rows = new List<SeedRow>();
        using CsvReader reader = CsvReader.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-facts.csv"), new CsvReaderOptions { Separator = ',' });
        while (reader.Read())
        {
            rows.Add(new SeedRow(
                reader.GetString("table"), reader.GetString("seed_name"), reader.GetString("model_ids"), reader.GetString("organization_id"),
                reader.GetString("sizes"), reader.GetString("release_dates"), reader.GetString("template_ids"), reader.GetString("languages"),
                reader.GetString("architecture"), reader.GetString("open_weights"), reader.GetString("base_model_id"), reader.GetString("modalities")));
        }

        return rows;
    }

    [Fact]
    public void The_fixture_holds_every_row_of_the_seeds_three_tables()
    {
        List<SeedRow> rows = LoadRows();
        Assert.Equal(33, rows.Count(r => r.Table == "1"));
        Assert.Equal(22, rows.Count(r => r.Table == "2"));
        Assert.Equal(12, rows.Count(r => r.Table == "3"));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_seed_row_is_in_the_catalog_with_its_facts(SeedRow row)
    {
        Model[] models = Split(row.ModelIds).Select(Find).ToArray();
        Assert.NotEmpty(models);
        Assert.All(models, m => Assert.Equal(row.Organization, m.Organization.Slug));

        foreach (string size in Split(row.Sizes))
        {
            string label = size.Split('=')[0];
            Assert.True(models.Any(m => m.Sizes.Any(s => s.ToString() == label)), $"{row.SeedName}: no size {label}");
        }

        AssertEach(row.SeedName, "release", row.Releases, models, m => m.Releases.Select(r => r.ToString()));
        AssertEach(row.SeedName, "template", row.Templates, models, m => m.Templates.Select(t => t.Slug));
        AssertEach(row.SeedName, "language", row.Languages, models, m => m.Languages.Select(l => l.ToIsoCode()));
        AssertEach(row.SeedName, "base model", row.BaseModels, models, m => m.BaseModel is null ? [] : [m.BaseModel.Slug]);
        AssertEach(row.SeedName, "modality", row.Modalities, models, m => Enum.GetValues<Modality>().Where(x => x != Modality.None && m.Modalities.HasFlag(x)).Select(x => x.ToString().ToLowerInvariant()));
        if (row.Architecture.Length > 0)
        {
            Assert.Contains(models, m => m.Architecture is Architecture a && Slug(a) == row.Architecture);
        }

        if (row.OpenWeights.Length > 0)
        {
            Assert.Contains(models, m => m.OpenWeights == (row.OpenWeights == "yes"));
        }
    }

    [Fact]
    public void Every_plain_name_of_the_seeds_tables_finds_a_model()
    {
        // Names without the seed's parenthesised groupings: "Gemma/Gemma 2/CodeGemma" is three names.
        string[] names = LoadRows().Select(r => r.SeedName)
            .Where(n => !n.Contains('(', StringComparison.Ordinal) && !IsVersionRange(n))
            .SelectMany(n => n.Split('/'))
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .ToArray();

        Assert.True(names.Length > 60, $"only {names.Length} names");
        Assert.All(names, n => Assert.True(Models.TryFind(n, out _), $"'{n}' finds no model"));
    }

    /// <summary>
    /// Every Hugging Face handle the seed links to leads to the organization behind it, with the country of its
    /// headquarters (ISO 3166-1; none for the open collaborations BigScience, BigCode and LLaVA).
    /// </summary>
    [Theory]
    [InlineData("baichuan-inc", "baichuan", "CN")]
    [InlineData("bigscience", "bigscience", null)]
    [InlineData("THUDM", "zhipu-ai", "CN")] // renamed zai-org in 2025; Zhipu AI keeps both handles
    [InlineData("CohereForAI", "cohere", "CA")]
    [InlineData("tiiuae", "tii", "AE")]
    [InlineData("google", "google", "US")]
    [InlineData("openai-community", "openai", "US")]
    [InlineData("ibm-granite", "ibm", "US")]
    [InlineData("IndexTeam", "bilibili", "CN")]
    [InlineData("internlm", "shanghai-ai-lab", "CN")]
    [InlineData("llava-hf", "llava", null)]
    [InlineData("openbmb", "openbmb", "CN")]
    [InlineData("mistralai", "mistral", "FR")]
    [InlineData("allenai", "ai2", "US")]
    [InlineData("microsoft", "microsoft", "US")]
    [InlineData("Skywork", "skywork", "CN")]
    [InlineData("bigcode", "bigcode", null)]
    [InlineData("Tele-AI", "teleai", "CN")]
    [InlineData("xverse", "xverse", "CN")]
    [InlineData("01-ai", "01-ai", "CN")]
    [InlineData("IEITYuan", "ieit", "CN")]
    [InlineData("Qwen", "alibaba", "CN")]
    public void Every_hugging_face_handle_of_the_seed_belongs_to_its_organization(string handle, string organization, string? country)
    {
        Organization owner = Assert.Single(Organizations.All, o => o.HuggingFace.Contains(handle, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(organization, owner.Slug);
        Assert.Equal(country, owner.Country);
    }

    /// <summary>The seed's grouped names ("Llama 3-3.3", "DeepSeek(Code/MoE)") spelled out, each with the model it means.</summary>
    [Theory]
    [InlineData("Llama 3", "llama-3")]
    [InlineData("Llama 3.3", "llama-3")]
    [InlineData("Granite 3.0", "granite-3")]
    [InlineData("Granite 3.1", "granite-3")]
    [InlineData("InternLM 2", "internlm2")]
    [InlineData("InternLM 3", "internlm3")]
    [InlineData("DeepSeek 2.5", "deepseek-v2.5")]
    [InlineData("DeepSeek 3", "deepseek-v3")]
    [InlineData("DeepSeek", "deepseek-llm")]
    [InlineData("DeepSeek Code", "deepseek-coder")]
    [InlineData("DeepSeek MoE", "deepseek-moe")]
    [InlineData("DeepSeek R1", "deepseek-r1")]
    [InlineData("DeepSeek R1 Distill", "deepseek-r1-distill")]
    [InlineData("Qwen", "qwen")]
    [InlineData("Qwen 1.5", "qwen")]
    [InlineData("Qwen 2.5", "qwen")]
    [InlineData("QwQ", "qwq")]
    [InlineData("Qwen Coder", "qwen-coder")]
    [InlineData("Qwen Math", "qwen-math")]
    [InlineData("Qwen MoE", "qwen-moe")]
    [InlineData("Yi", "yi")]
    [InlineData("Yi-1.5", "yi")]
    [InlineData("Yi Code", "yi-coder")]
    public void Every_grouped_name_of_the_seed_finds_its_model(string name, string slug)
    {
        Assert.True(Models.TryFind(name, out Model? model), $"'{name}' finds no model");
        Assert.Equal(slug, model.Slug);
    }

    private static bool IsVersionRange(string name) =>
        name.Contains('-', StringComparison.Ordinal) && name.Split(' ').Last().Split('-').All(p => p.Length > 0 && char.IsDigit(p[0]))
        || name == "DeepSeek 2.5/3";

    private static Model Find(string slug)
    {
        Assert.True(Models.TryFind(slug, out Model? model), $"no model '{slug}'");
        Assert.Equal(slug, model.Slug);
        return model;
    }

    private static void AssertEach(string seedName, string what, string expected, Model[] models, Func<Model, IEnumerable<string>> values)
    {
        string[] actual = models.SelectMany(values).ToArray();
        foreach (string value in Split(expected))
        {
            Assert.True(actual.Contains(value), $"{seedName}: {what} '{value}' not among [{string.Join(", ", actual)}]");
        }
    }

    private static string Slug(Architecture architecture) => architecture switch
    {
        Architecture.Decoder => "decoder",
        Architecture.EncoderDecoder => "encoder-decoder",
        Architecture.Glm => "glm",
        _ => "multi-task",
    };

    private static IEnumerable<string> Split(string list) =>
        list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One row of the seed's tables and the facts the catalog must show for it.</summary>
public sealed record SeedRow(
    string Table, string SeedName, string ModelIds, string Organization, string Sizes, string Releases, string Templates,
    string Languages, string Architecture, string OpenWeights, string BaseModels, string Modalities)
{
    public override string ToString() => $"{Table}: {SeedName}";
}
