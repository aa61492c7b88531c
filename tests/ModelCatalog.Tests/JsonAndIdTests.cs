using System.Text.Json;
using ModelCatalog.Json;

namespace ModelCatalog.Tests;

public sealed class JsonAndIdTests
{
    private static readonly JsonSerializerOptions Options = ModelCatalogJson.AddConverters(new JsonSerializerOptions());

    private sealed record Pick(ModelId Model, Organization Maker, TemplateId? Template, Dictionary<ModelId, int> Votes);

    [Fact]
    public void Ids_and_records_are_written_as_slugs_and_read_back()
    {
        var pick = new Pick(ModelId.Llama3, Organizations.Meta, TemplateId.Llama3, new() { [ModelId.Qwen2Vl] = 3 });

        string json = JsonSerializer.Serialize(pick, Options);
        Pick back = JsonSerializer.Deserialize<Pick>(json, Options)!;

        Assert.Equal("""{"Model":"llama-3","Maker":"meta","Template":"llama3","Votes":{"qwen2-vl":3}}""", json);
        Assert.Equal(pick.Model, back.Model);
        Assert.Same(Organizations.Meta, back.Maker);
        Assert.Equal(TemplateId.Llama3, back.Template);
        Assert.Equal(3, back.Votes[ModelId.Qwen2Vl]);
    }

    [Theory]
    [InlineData("\"Llama 3.1\"")]
    [InlineData("\"LLAMA-3\"")]
    [InlineData("\"meta-llama-3\"")]
    public void Names_and_aliases_are_read_in_any_case(string json) =>
        Assert.Equal(ModelId.Llama3, JsonSerializer.Deserialize<ModelId>(json, Options));

    [Theory]
    [InlineData("\"Llama 9\"")]
    [InlineData("3")]
    public void Unknown_names_and_numbers_are_refused(string json)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ModelId>(json, Options));
        Assert.Contains("model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_helpers_parse_slugs_names_and_aliases_and_print_slugs()
    {
        Assert.Equal("llama-3", ModelId.Llama3.ToSlug());
        Assert.Equal("01-ai", OrganizationId._01Ai.ToSlug());
        Assert.Equal(ModelId.Qwen, ModelIds.Parse("qwen 2.5"));
        Assert.Equal(OrganizationId.Meta, OrganizationIds.Parse("Facebook".AsSpan()));
        Assert.True(TemplateIds.TryParse("QWEN2_VL", out TemplateId template));
        Assert.Equal(TemplateId.Qwen2Vl, template);
        Assert.False(ModelIds.TryParse("nothing", out _));
        Assert.Throws<FormatException>(() => ModelIds.Parse("nothing"));
    }
}
