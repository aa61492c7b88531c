using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelCatalog.Tests;

/// <summary>
/// Checkpoints serialize as the other tables do (their converters come from the same generated template): the id
/// and the record are the slug (data/checkpoints.csv's first column), and read back from a repository id too.
/// </summary>
public sealed class CheckpointJsonTests
{
    public sealed record Pick(CheckpointId Id, Checkpoint Record);

    [Fact]
    public void A_checkpoint_id_and_record_are_their_slug_with_default_options()
    {
        Assert.Equal("\"qwen2.5-7b-instruct\"", JsonSerializer.Serialize(CheckpointId.Qwen2_5_7bInstruct));
        Assert.Equal("\"qwen2.5-7b-instruct\"", JsonSerializer.Serialize(Checkpoints.Qwen2_5_7bInstruct));
        Assert.Equal(
            """{"Id":"qwen2.5-7b-instruct","Record":"qwen2.5-7b-instruct"}""",
            JsonSerializer.Serialize(new Pick(CheckpointId.Qwen2_5_7bInstruct, Checkpoints.Qwen2_5_7bInstruct)));
    }

    [Fact]
    public void A_checkpoint_is_read_back_from_its_slug_or_its_repository_id()
    {
        Pick back = JsonSerializer.Deserialize<Pick>("""{"Id":"Qwen/Qwen2.5-7B-Instruct","Record":"qwen2.5-7b-instruct"}""")!;

        Assert.Equal(CheckpointId.Qwen2_5_7bInstruct, back.Id);
        Assert.Same(Checkpoints.Qwen2_5_7bInstruct, back.Record);
        Assert.Equal(CheckpointId.Qwen2_5_7bInstruct, CheckpointIds.Parse("qwen/qwen2.5-7b-instruct"));
        Assert.Equal("qwen2.5-7b-instruct", CheckpointId.Qwen2_5_7bInstruct.ToSlug());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CheckpointId>("\"no/such-checkpoint\""));
    }

    [Fact]
    public void A_global_string_enum_converter_still_writes_the_slug()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };

        Assert.Equal("\"qwen2.5-7b-instruct\"", JsonSerializer.Serialize(CheckpointId.Qwen2_5_7bInstruct, options));
    }

    [Fact]
    public void The_catalog_converters_include_the_checkpoint_ones()
    {
        Assert.Contains(Json.ModelCatalogJson.Converters, c => c is Json.CheckpointIdJsonConverter);
        Assert.Contains(Json.ModelCatalogJson.Converters, c => c is Json.CheckpointJsonConverter);
        Assert.Equal(8, Json.ModelCatalogJson.Converters.Count);
    }
}
