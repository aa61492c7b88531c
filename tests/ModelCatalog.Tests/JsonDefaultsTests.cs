using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelCatalog.Tests;

/// <summary>
/// JSON by default: ids and records are written as slugs with default options, in a DTO, through reflection and
/// through a source-generated context, and a global JsonStringEnumConverter still writes the slug.
/// </summary>
public sealed partial class JsonDefaultsTests
{
    public sealed record Pick(ModelId Model, OrganizationId Maker, TemplateId? Template, Model Record, Organization Organization, Template Chat);

    [JsonSerializable(typeof(Pick))]
    [JsonSerializable(typeof(ModelId))]
    [JsonSerializable(typeof(Model))]
    internal sealed partial class PickContext : JsonSerializerContext;

    private const string PickJson =
        """{"Model":"llama-3","Maker":"meta","Template":"llama3","Record":"mixtral","Organization":"01-ai","Chat":"qwen2_vl"}""";

    private static Pick Sample() => new(ModelId.Llama3, OrganizationId.Meta, TemplateId.Llama3, Models.Mixtral, Organizations._01Ai, Templates.Qwen2Vl);

    [Fact]
    public void An_id_is_its_slug_with_default_options()
    {
        Assert.Equal("\"llama-3\"", JsonSerializer.Serialize(ModelId.Llama3));
        Assert.Equal("\"01-ai\"", JsonSerializer.Serialize(OrganizationId._01Ai));
        Assert.Equal("\"qwen2_vl\"", JsonSerializer.Serialize(TemplateId.Qwen2Vl));
        Assert.Equal(ModelId.Llama3, JsonSerializer.Deserialize<ModelId>("\"Llama 3.1\""));
    }

    [Fact]
    public void A_dto_is_written_with_slugs_and_read_back_by_reflection()
    {
        string json = JsonSerializer.Serialize(Sample());
        Pick back = JsonSerializer.Deserialize<Pick>(json)!;

        Assert.Equal(PickJson, json);
        Assert.Equal(Sample(), back);
        Assert.Same(Models.Mixtral, back.Record);
    }

    [Fact]
    public void A_dto_is_written_with_slugs_and_read_back_by_a_source_generated_context()
    {
        string json = JsonSerializer.Serialize(Sample(), PickContext.Default.Pick);
        Pick back = JsonSerializer.Deserialize(json, PickContext.Default.Pick)!;

        Assert.Equal(PickJson, json);
        Assert.Same(Organizations._01Ai, back.Organization);
        Assert.Equal("\"llama-3\"", JsonSerializer.Serialize(ModelId.Llama3, PickContext.Default.ModelId));
        Assert.Equal("\"llama-3\"", JsonSerializer.Serialize(Models.Llama3, PickContext.Default.Model));
    }

    [Fact]
    public void A_global_string_enum_converter_still_writes_the_slug()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };

        Assert.Equal("\"llama-3\"", JsonSerializer.Serialize(ModelId.Llama3, options));
        Assert.Equal("\"llama-3.2-vision\"", JsonSerializer.Serialize(ModelId.Llama3_2Vision, options));
        Assert.Equal(PickJson, JsonSerializer.Serialize(Sample(), options));
        Assert.Equal(ModelId.Llama3, JsonSerializer.Deserialize<ModelId>("\"llama-3\"", options));
    }

    [Fact]
    public void A_record_is_its_slug_not_its_graph()
    {
        Assert.Equal("\"llama-3\"", JsonSerializer.Serialize(Models.Llama3));
        Assert.Equal("\"meta\"", JsonSerializer.Serialize(Organizations.Meta));
        Assert.Equal("[\"llama\",\"mixtral\"]", JsonSerializer.Serialize(new[] { Models.Llama, Models.Mixtral }));
    }
}
