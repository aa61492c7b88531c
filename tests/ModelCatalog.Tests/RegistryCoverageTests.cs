using CsvHelper;

namespace ModelCatalog.Tests;

/// <summary>
/// Every checkpoint of LLaMA-Factory v0.9.2's model registry (Fixtures/registry-checkpoints.csv, written from
/// src/llamafactory/extras/constants.py at the tag: its register_model_group calls in order, each checkpoint with the
/// catalog model it belongs to) is covered by a catalog model, and a size its registry name states is among that
/// model's size labels.
/// </summary>
public sealed class RegistryCoverageTests
{
    public static TheoryData<RegistryCheckpoint> Checkpoints() => new(LoadCheckpoints());

    private static List<RegistryCheckpoint> LoadCheckpoints()
    {
        var rows = new List<RegistryCheckpoint>();
        using CsvReader reader = CsvReader.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "registry-checkpoints.csv"), new CsvReaderOptions { Separator = ',' });
        while (reader.Read())
        {
            rows.Add(new RegistryCheckpoint(
                int.Parse(reader.GetString("group"), System.Globalization.CultureInfo.InvariantCulture), reader.GetString("checkpoint"),
                reader.GetString("hugging_face"), reader.GetString("model_id"), reader.GetString("size")));
        }

        return rows;
    }

    [Fact]
    public void The_fixture_holds_the_whole_registry()
    {
        List<RegistryCheckpoint> rows = LoadCheckpoints();
        Assert.Equal(85, rows.Select(r => r.Group).Distinct().Count());
        Assert.Equal(491, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.HuggingFace).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void A_registry_checkpoint_belongs_to_a_catalog_model_with_its_size(RegistryCheckpoint checkpoint)
    {
        Assert.True(Models.TryFind(checkpoint.ModelId, out Model? model), $"no model '{checkpoint.ModelId}'");
        Assert.Equal(checkpoint.ModelId, model.Slug);
        if (checkpoint.Size.Length > 0)
        {
            Assert.Contains(checkpoint.Size, model.Sizes.Select(s => s.ToString()));
        }
    }

    [Theory]
    [InlineData("vivo-ai", "vivo")]
    [InlineData("MediaTek-Research", "mediatek")]
    [InlineData("hfl", "hfl")]
    [InlineData("databricks", "databricks")]
    [InlineData("LGAI-EXAONE", "lg-ai-research")]
    [InlineData("deeplang-ai", "deeplang")]
    [InlineData("AIDC-AI", "alibaba")]
    [InlineData("moonshotai", "moonshot")]
    [InlineData("openchat", "openchat")]
    [InlineData("infly", "infly")]
    [InlineData("OrionStarAI", "orionstar")]
    [InlineData("upstage", "upstage")]
    [InlineData("lmsys", "lmsys")]
    [InlineData("LanguageBind", "pku-yuan-group")]
    [InlineData("Duxiaoman-DI", "du-xiaoman")]
    [InlineData("wenge-research", "wenge")]
    [InlineData("HuggingFaceH4", "hugging-face")]
    [InlineData("zai-org", "zhipu-ai")]
    [InlineData("ai21labs", "ai21")]
    public void A_registry_repository_owner_is_the_handle_of_the_models_maker(string handle, string organization)
    {
        Organization owner = Assert.Single(Organizations.All, o => o.HuggingFace.Contains(handle, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(organization, owner.Slug);
    }
}

/// <summary>One checkpoint of the reference registry: its group (1-based, in file order), name, repository and model.</summary>
public sealed record RegistryCheckpoint(int Group, string Checkpoint, string HuggingFace, string ModelId, string Size)
{
    public override string ToString() => $"{Checkpoint} ({HuggingFace})";
}
