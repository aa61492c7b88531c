using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Link;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Cli.Tests;

public class ExportCommandTests
{
    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string? OptionalString(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    [Fact]
    public void Json_has_every_model_with_its_facts()
    {
        CliResult result = Tool.Run("export", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        JsonElement[] models = json.RootElement.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(Models.All.Select(m => m.Slug), models.Select(m => m.GetProperty("id").GetString()));

        foreach ((Model model, JsonElement element) in Models.All.Zip(models))
        {
            Assert.Equal(model.Name, element.GetProperty("name").GetString());
            Assert.Equal(model.Aliases, Strings(element.GetProperty("aliases")));
            Assert.Equal(model.Organization.Slug, element.GetProperty("organization").GetString());
            Assert.Equal(
                model.Releases.Select(r => (r.Version, r.Date.ToString())),
                element.GetProperty("releases").EnumerateArray().Select(r => (OptionalString(r.GetProperty("version")), r.GetProperty("date").GetString()!)));
            Assert.Equal(
                model.Sizes.Select(s => (s.Label, s.IsKnown ? s.Parameters : (long?)null, s.Experts, s.IsUncertain || !s.IsKnown)),
                element.GetProperty("sizes").EnumerateArray().Select(s => (
                    s.GetProperty("label").GetString()!,
                    s.GetProperty("parameters").ValueKind == JsonValueKind.Null ? (long?)null : s.GetProperty("parameters").GetInt64(),
                    s.GetProperty("experts").ValueKind == JsonValueKind.Null ? (int?)null : s.GetProperty("experts").GetInt32(),
                    s.GetProperty("uncertain").GetBoolean())));
            JsonElement tokens = element.GetProperty("trainingTokens");
            Assert.Equal(model.TrainingTokens, tokens.ValueKind == JsonValueKind.Null ? null : tokens.GetInt64());
            Assert.Equal(ArchitectureWord(model.Architecture), OptionalString(element.GetProperty("architecture")));
            Assert.Equal(model.Languages.Select(l => l.ToIsoCode()), Strings(element.GetProperty("languages")));
            Assert.Equal(ModalityWords(model.Modalities), Strings(element.GetProperty("modalities")));
            JsonElement open = element.GetProperty("openWeights");
            Assert.Equal(model.OpenWeights, open.ValueKind == JsonValueKind.Null ? null : open.GetBoolean());
            Assert.Equal(model.Templates.Select(t => t.Slug), Strings(element.GetProperty("templates")));
            Assert.Equal(model.BaseModel?.Slug, OptionalString(element.GetProperty("baseModel")));
            Assert.Equal(model.Source.OriginalString, element.GetProperty("source").GetString());
            Assert.Equal(model.Sources.Select(s => s.OriginalString), Strings(element.GetProperty("sources")));
            Assert.Equal(model.Notes, OptionalString(element.GetProperty("notes")));
        }
    }

    [Fact]
    public void Json_has_every_organization_and_template()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("export").Out);

        JsonElement[] organizations = json.RootElement.GetProperty("organizations").EnumerateArray().ToArray();
        Assert.Equal(Organizations.All.Select(o => o.Slug), organizations.Select(o => o.GetProperty("id").GetString()));
        foreach ((Organization organization, JsonElement element) in Organizations.All.Zip(organizations))
        {
            Assert.Equal(organization.Name, element.GetProperty("name").GetString());
            Assert.Equal(organization.Country, OptionalString(element.GetProperty("country")));
            Assert.Equal(organization.HuggingFace, Strings(element.GetProperty("huggingFace")));
            Assert.Equal(organization.Website?.OriginalString, OptionalString(element.GetProperty("website")));
        }

        JsonElement[] templates = json.RootElement.GetProperty("templates").EnumerateArray().ToArray();
        Assert.Equal(Templates.All.Select(t => t.Slug), templates.Select(t => t.GetProperty("id").GetString()));
        foreach ((Template template, JsonElement element) in Templates.All.Zip(templates))
        {
            Assert.Equal(template.UserFormat, element.GetProperty("user").GetString());
            Assert.Equal(template.AssistantFormat, element.GetProperty("assistant").GetString());
            Assert.Equal(template.Prefix, element.GetProperty("prefix").GetString());
            Assert.Equal(template.DefaultSystem, OptionalString(element.GetProperty("defaultSystem")));
            Assert.Equal(template.StopWords, Strings(element.GetProperty("stopWords")));
            Assert.Equal(template.ImageToken, OptionalString(element.GetProperty("imageToken")));
            Assert.Equal(PlacementWord(template.SystemPlacement), element.GetProperty("systemPlacement").GetString());
        }

        // Anchors from LLaMA-Factory's template.py: Llama 2 and Mistral put the system text inside the first user
        // message; Llama 3 and ChatML give it a turn of its own.
        Dictionary<string, string?> placements = templates.ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("systemPlacement").GetString());
        Assert.Equal("first-user", placements["llama2"]);
        Assert.Equal("first-user", placements["mistral"]);
        Assert.Equal("turn", placements["llama3"]);
        Assert.Equal("turn", placements["qwen"]);
    }

    /// <summary>The words data/README.md defines for the system_placement column.</summary>
    private static string PlacementWord(SystemPlacement placement) => placement switch
    {
        SystemPlacement.OwnTurn => "turn",
        SystemPlacement.FirstUserMessage => "first-user",
        SystemPlacement.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, null),
    };

    [Fact]
    public void Json_keeps_special_tokens_readable()
    {
        string text = Tool.Run("export").Out;

        Assert.Contains("\"<|eot_id|>\"", text);
        Assert.DoesNotContain("\\u003C", text);
    }

    [Fact]
    public void Json_out_writes_the_file()
    {
        using var temp = new TempFolder();
        string path = Path.Combine(temp.Path, "nested", "catalog.json");

        CliResult result = Tool.Run("export", "--format", "json", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(Tool.Run("export").Out, File.ReadAllText(path));
        Assert.Contains($"Wrote {Models.Count} models", result.Error);
    }

    [Fact]
    public void Csv_to_a_folder_validates_clean_and_links_to_the_same_catalog()
    {
        using var temp = new TempFolder();

        CliResult export = Tool.Run("export", "--format", "csv", "--out", temp.Path);
        CliResult validate = Tool.Run("validate", temp.Path);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        LinkResult linked = CatalogLinker.Link(
            Directory.GetFiles(temp.Path).Select(f =>
            {
                Assert.True(TableFiles.TryGetKind(f, out TableKind kind));
                return CsvTableParser.Parse(kind, f, File.ReadAllText(f));
            }));
        Assert.Empty(linked.Diagnostics);
        Assert.Equal(Models.All.Select(m => m.Slug), linked.Catalog.Models.Select(m => m.Id));
        foreach ((Model model, ModelEntry entry) in Models.All.Zip(linked.Catalog.Models))
        {
            Assert.Equal(model.Sizes.Select(s => (s.Label, s.Parameters, s.Experts, s.IsUncertain || !s.IsKnown)), entry.Sizes.Select(s => (s.Label, s.Parameters, s.Experts, s.Uncertain)));
            Assert.Equal(model.Releases.Select(r => r.ToString()), entry.Releases.Select(r => r.Version is null ? r.Date.ToString() : r.Version + ": " + r.Date));
            Assert.Equal(model.TrainingTokens, entry.TrainingTokens);
            Assert.Equal(model.BaseModel?.Slug, entry.BaseModel is int b ? linked.Catalog.Models[b].Id : null);
            Assert.Equal(model.Notes, entry.Notes);
        }

        Assert.Equal(
            Templates.All.Select(t => (t.Slug, t.SystemFormat, t.UserFormat, t.AssistantFormat, t.Separator, t.Prefix)),
            linked.Catalog.Templates.Select(t => (t.Id, t.System, t.User, t.Assistant, t.Separator, t.Prefix)));
    }

    [Fact]
    public void Csv_to_stdout_is_the_models_table_or_the_one_asked_for()
    {
        CliResult models = Tool.Run("export", "--format", "csv");
        CliResult organizations = Tool.Run("export", "--format", "csv", "--table", "organizations");

        Assert.Equal("id,name,aliases,organization,releases,sizes,training_tokens,architecture,languages,modalities,open_weights,base_model,templates,source,notes", models.OutLines[0]);
        Assert.Equal(Models.Count + 1, models.OutLines.Length);
        Assert.Contains(models.OutLines, l => l.StartsWith("mixtral,Mixtral,Mixtral 8x7B;Mixtral 8x22B,mistral,8x7B: 2023-12;8x22B: 2024-04,8x7B=46.7B;8x22B=141B,", StringComparison.Ordinal));
        Assert.Equal("id,name,aliases,country,hugging_face,website,source,notes", organizations.OutLines[0]);
        Assert.Equal(Organizations.Count + 1, organizations.OutLines.Length);
    }

    private static string? ArchitectureWord(Architecture? architecture) => architecture switch
    {
        Architecture.Decoder => "decoder",
        Architecture.EncoderDecoder => "encoder-decoder",
        Architecture.Glm => "glm",
        Architecture.MultiTask => "multi-task",
        _ => null,
    };

    private static string[] ModalityWords(Modality modalities) =>
        new[] { (Modality.Text, "text"), (Modality.Image, "image"), (Modality.Audio, "audio"), (Modality.Video, "video") }
            .Where(m => modalities.HasFlag(m.Item1)).Select(m => m.Item2).ToArray();
}
