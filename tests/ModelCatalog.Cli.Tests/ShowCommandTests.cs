using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class ShowCommandTests
{
    private static string Fact(CliResult result, string label) =>
        result.OutLines.Single(l => l.StartsWith(label + "  ", StringComparison.Ordinal))[label.Length..].Trim();

    [Fact]
    public void Shows_a_models_facts_and_relationships()
    {
        Model model = Models.Get(ModelId.Llama3);

        CliResult result = Tool.Run("show", "llama-3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Llama 3 (model llama-3)", result.OutLines[0]);
        Assert.Equal("Meta (meta)", Fact(result, "Organization"));
        Assert.Equal(string.Join(", ", model.Releases.Select(r => r.ToString())), Fact(result, "Releases"));
        Assert.Equal(string.Join(", ", model.Aliases), Fact(result, "Aliases"));
        Assert.Equal(string.Join(", ", model.Templates.Select(t => $"{t.Name} ({t.Slug})")), Fact(result, "Templates"));
        Assert.Equal(string.Join(", ", model.Derivatives.Select(d => $"{d.Name} ({d.Slug})")), Fact(result, "Built on it"));
        Assert.Equal("decoder", Fact(result, "Architecture"));
        Assert.Equal(model.Sources[0].OriginalString, Fact(result, "Sources"));
        Assert.All(model.Sources, s => Assert.Contains(s.OriginalString, result.Out));
    }

    [Fact]
    public void Shows_a_derived_models_base_and_its_exact_sizes()
    {
        Model derived = Models.All.First(m => m.BaseModel is not null);

        CliResult sizes = Tool.Run("show", "mixtral");
        CliResult child = Tool.Run("show", derived.Slug);

        Assert.Contains("8x7B (46.7B parameters, 8 experts)", Fact(sizes, "Sizes"));
        Assert.Equal($"{derived.BaseModel!.Name} ({derived.BaseModel.Slug})", Fact(child, "Base model"));
    }

    [Fact]
    public void Finds_an_organization_by_alias_and_lists_its_models()
    {
        Organization meta = Organizations.Get(OrganizationId.Meta);

        CliResult result = Tool.Run("show", "facebook");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Meta (organization meta)", result.OutLines[0]);
        Assert.Equal(meta.Country, Fact(result, "Country"));
        Assert.Equal(string.Join(", ", meta.Models.Select(m => $"{m.Name} ({m.Slug})")), Fact(result, "Models"));
    }

    [Fact]
    public void Shows_a_template_with_its_escapes_visible()
    {
        CliResult result = Tool.Run("show", "llama3");

        Assert.Equal("Llama 3 (template llama3)", result.OutLines[0]);
        Assert.Equal(@"<|start_header_id|>system<|end_header_id|>\n\n{{content}}<|eot_id|>", Fact(result, "System"));
        Assert.Equal("turn", Fact(result, "System placement"));
        Assert.Contains("Llama 3 (llama-3)", Fact(result, "Models"));
    }

    [Fact]
    public void A_name_of_several_kinds_shows_the_model_and_names_the_others()
    {
        CliResult result = Tool.Run("show", "Llama 3");
        CliResult template = Tool.Run("show", "Llama 3", "--kind", "template");

        Assert.Equal("Llama 3 (model llama-3)", result.OutLines[0]);
        Assert.Contains("also names template llama3; add --kind template to show it.", result.Error);
        Assert.Equal("Llama 3 (template llama3)", template.OutLines[0]);
    }

    [Fact]
    public void An_unknown_name_exits_1_with_did_you_mean()
    {
        CliResult result = Tool.Run("show", "lama-3");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error: no model, organization, template or checkpoint is called 'lama-3'. Did you mean 'llama-3' (model Llama 3)", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("lamma-3")]  // a doubled letter in the wrong place: two edits
    [InlineData("llmaa-3")]  // two neighbours swapped: one edit
    [InlineData("LAMA 3")]   // the display name, in another case, one letter short
    public void Did_you_mean_finds_doubled_letters_and_swaps(string typo)
    {
        CliResult result = Tool.Run("show", typo);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"is called '{typo}'. Did you mean 'llama-3' (model Llama 3)", result.Error);
    }

    [Fact]
    public void A_name_far_from_every_entry_gets_no_suggestion()
    {
        CliResult result = Tool.Run("show", "qqqqqqqq");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("Did you mean", result.Error);
    }

    [Fact]
    public void Json_prints_the_export_object()
    {
        CliResult result = Tool.Run("show", "mixtral", "--json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement size = json.RootElement.GetProperty("sizes")[0];
        Assert.Equal("mixtral", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("8x7B", size.GetProperty("label").GetString());
        Assert.Equal(46_700_000_000, size.GetProperty("parameters").GetInt64());
        Assert.Equal(8, size.GetProperty("experts").GetInt32());
    }
}
