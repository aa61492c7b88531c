using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class SearchCommandTests
{
    private static (string Kind, string Id, string Match)[] Hits(params string[] args)
    {
        CliResult result = Tool.Run(["search", .. args, "--json"]);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        return json.RootElement.EnumerateArray()
            .Select(h => (h.GetProperty("kind").GetString()!, h.GetProperty("id").GetString()!, h.GetProperty("match").GetString()!))
            .ToArray();
    }

    [Fact]
    public void Tolerates_a_typo()
    {
        var hits = Hits("mistrel");

        Assert.Equal(("model", "mistral", "fuzzy"), hits[0]);
        Assert.Contains(("organization", "mistral", "fuzzy"), hits);
    }

    [Fact]
    public void Ranks_the_exact_name_before_longer_names_it_starts()
    {
        var hits = Hits("llama", "--kind", "model");

        Assert.Equal(("model", "llama", "exact"), hits[0]);
        Assert.Contains(("model", "llama-2", "prefix"), hits);
        Assert.True(Array.IndexOf(hits, ("model", "llama-2", "prefix")) < Array.FindIndex(hits, h => h.Match == "fuzzy") || hits.All(h => h.Match != "fuzzy"));
    }

    [Fact]
    public void Ignores_case_spaces_and_punctuation()
    {
        var hits = Hits("LLAMA3");

        Assert.Contains(("model", "llama-3", "exact"), hits.Select(h => h with { Match = h.Match == "normalized" ? "exact" : h.Match }));
        Assert.Contains(("template", "llama3", "exact"), hits);
    }

    [Fact]
    public void Finds_by_alias_and_shows_the_alias_it_matched()
    {
        CliResult result = Tool.Run("search", "facebook");

        Assert.Equal(0, result.ExitCode);
        string row = result.OutLines[1];
        Assert.StartsWith("organization meta", row);
        Assert.Contains("Facebook", row);
        Assert.EndsWith("exact", row);
    }

    [Fact]
    public void Limit_caps_the_hits()
    {
        Assert.Equal(2, Hits("qwen", "--limit", "2").Length);
    }

    [Fact]
    public void Nothing_found_exits_1()
    {
        CliResult result = Tool.Run("search", "zzzzqqq");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing in the catalog matches 'zzzzqqq'.", result.Error);
    }
}
