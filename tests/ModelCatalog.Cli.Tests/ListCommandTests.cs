using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class ListCommandTests
{
    private static string[] Ids(IEnumerable<Model> models) => models.Select(m => m.Slug).ToArray();

    private static string[] Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Lists_every_model_by_name_with_its_facts()
    {
        CliResult result = Tool.Run("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Id", "Name", "Org", "Released", "Sizes", "Arch", "Open", "Inputs"], result.OutLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Ids(Models.All.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)), Tool.FirstColumn(result));

        string llama3 = result.OutLines.Single(l => l.StartsWith("llama-3 ", StringComparison.Ordinal));
        Model model = Models.Get(ModelId.Llama3);
        Assert.Contains(model.Organization.Name, llama3);
        Assert.Contains(model.FirstReleased.ToString()!, llama3);
        Assert.Contains(string.Join(", ", model.Sizes.Select(s => s.ToString())), llama3);
    }

    [Fact]
    public void Filters_by_organization_given_by_alias()
    {
        CliResult result = Tool.Run("list", "--org", "Facebook");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Sorted(Ids(Organizations.Get(OrganizationId.Meta).Models)), Sorted(Tool.FirstColumn(result)));
    }

    [Fact]
    public void Open_and_closed_split_the_models_whose_weights_are_known()
    {
        string[] open = Tool.FirstColumn(Tool.Run("list", "--open"));
        string[] closed = Tool.FirstColumn(Tool.Run("list", "--closed"));

        Assert.Equal(Sorted(Ids(Models.All.Where(m => m.OpenWeights == true))), Sorted(open));
        Assert.Equal(Sorted(Ids(Models.All.Where(m => m.OpenWeights == false))), Sorted(closed));
        Assert.NotEmpty(open);
        Assert.NotEmpty(closed);
    }

    [Fact]
    public void Parameter_bounds_accept_units_and_keep_models_with_a_size_inside()
    {
        string[] listed = Tool.FirstColumn(Tool.Run("list", "--min-params", "7b", "--max-params", "13B"));

        string[] expected = Ids(Models.All.Where(m => m.Sizes.Any(s => s.IsKnown && s.Parameters >= 7_000_000_000 && s.MinimumParameters <= 13_000_000_000)));
        Assert.Equal(Sorted(expected), Sorted(listed));
        Assert.Contains("llama-2", listed);
        Assert.DoesNotContain("gpt-4", listed);
    }

    [Fact]
    public void Release_window_keeps_models_with_a_release_inside_it()
    {
        string[] listed = Tool.FirstColumn(Tool.Run("list", "--released-after", "2024", "--released-before", "2024-07"));

        string[] expected = Ids(Models.All.Where(m => m.Releases.Any(r => r.Date.Year == 2024 && (r.Date.Month ?? 1) < 7)));
        Assert.Equal(Sorted(expected), Sorted(listed));
        Assert.Contains("llama-3", listed);
        Assert.DoesNotContain("llama-2", listed);
    }

    [Fact]
    public void Language_modality_and_architecture_filters_use_the_tables_words()
    {
        Assert.Equal(
            Sorted(Ids(Models.All.Where(m => m.Languages.Contains(Language.Chinese)))),
            Sorted(Tool.FirstColumn(Tool.Run("list", "--language", "zh"))));
        Assert.Equal(
            Sorted(Ids(Models.All.Where(m => m.Modalities.HasFlag(Modality.Image)))),
            Sorted(Tool.FirstColumn(Tool.Run("list", "--modality", "image"))));
        Assert.Equal(
            Sorted(Ids(Models.All.Where(m => m.Architecture == Architecture.EncoderDecoder))),
            Sorted(Tool.FirstColumn(Tool.Run("list", "--architecture", "encoder-decoder"))));
    }

    /// <summary>
    /// Each case has a real grandchild in data/models.csv (QVQ is built on Qwen2-VL, itself a Qwen; Flan-U-PaLM on
    /// U-PaLM on PaLM; ChatGPT on GPT-3.5 on GPT-3), so a filter that only followed one link would miss it.
    /// </summary>
    [Theory]
    [InlineData("qwen", "qwen2-vl", "qvq")]
    [InlineData("palm", "u-palm", "flan-u-palm")]
    [InlineData("gpt-3", "gpt-3.5", "chatgpt")]
    public void Base_keeps_models_built_on_it_directly_or_not(string ancestor, string child, string grandchild)
    {
        Assert.Equal(child, Find(grandchild).BaseModel?.Slug);
        Assert.Equal(ancestor, Find(child).BaseModel?.Slug);

        string[] listed = Tool.FirstColumn(Tool.Run("list", "--base", ancestor));

        Assert.Contains(child, listed);
        Assert.Contains(grandchild, listed);
        Assert.DoesNotContain(ancestor, listed);
        Model root = Find(ancestor);
        Assert.Equal(Sorted(Ids(Models.All.Where(m => Ancestors(m).Contains(root)))), Sorted(listed));
    }

    [Fact]
    public void Template_filter_lists_the_models_that_use_it()
    {
        string[] listed = Tool.FirstColumn(Tool.Run("list", "--template", "llama3"));

        Assert.Equal(Sorted(Ids(Templates.Get(TemplateId.Llama3).Models)), Sorted(listed));
    }

    [Fact]
    public void Sorts_by_date_and_by_size_with_unknowns_last()
    {
        string[] byDate = Tool.FirstColumn(Tool.Run("list", "--org", "meta", "--sort", "date"));
        string[] newestFirst = Tool.FirstColumn(Tool.Run("list", "--org", "meta", "--sort", "date", "--reverse"));
        string[] bySize = Tool.FirstColumn(Tool.Run("list", "--sort", "size", "--reverse"));

        ReleaseDate[] dates = byDate.Select(id => Find(id).FirstReleased!.Value).ToArray();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(byDate.Reverse(), newestFirst);

        long[] largest = bySize.Select(id => Find(id).Sizes.Where(s => s.IsKnown).Select(s => s.Parameters).DefaultIfEmpty(-1).Max()).ToArray();
        long[] known = largest.TakeWhile(p => p >= 0).ToArray();
        Assert.Equal(known.OrderDescending(), known);
        Assert.All(largest.Skip(known.Length), p => Assert.Equal(-1, p));
    }

    [Fact]
    public void Json_prints_the_export_model_objects()
    {
        CliResult result = Tool.Run("list", "--org", "meta", "--json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        string[] ids = json.RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(Sorted(Ids(Organizations.Get(OrganizationId.Meta).Models)), Sorted(ids));
        Assert.All(json.RootElement.EnumerateArray(), m => Assert.Equal("meta", m.GetProperty("organization").GetString()));
    }

    [Fact]
    public void No_match_prints_nothing_on_stdout_and_says_so()
    {
        CliResult result = Tool.Run("list", "--org", "meta", "--closed", "--language", "th");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("No model matches these filters.", result.Error);
    }

    [Fact]
    public void Lists_organizations_and_templates()
    {
        CliResult organizations = Tool.Run("list", "organizations");
        CliResult templates = Tool.Run("list", "templates", "--json");

        Assert.Equal(Sorted(Organizations.All.Select(o => o.Slug)), Sorted(Tool.FirstColumn(organizations)));
        string meta = organizations.OutLines.Single(l => l.StartsWith("meta ", StringComparison.Ordinal));
        Assert.Contains(Organizations.Get(OrganizationId.Meta).Models.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), meta);

        using JsonDocument json = JsonDocument.Parse(templates.Out);
        Assert.Equal(Templates.All.Select(t => t.Slug), json.RootElement.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    private static Model Find(string id) => Models.TryFind(id, out Model? model) ? model : throw new InvalidOperationException(id);

    private static IEnumerable<Model> Ancestors(Model model)
    {
        for (Model? current = model.BaseModel; current is not null; current = current.BaseModel)
        {
            yield return current;
        }
    }
}
