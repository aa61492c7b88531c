using ModelCatalog.Cli.Catalog;

namespace ModelCatalog.Cli.Tests;

public class NameSearchTests
{
    private static IReadOnlyList<SearchHit> Search(string query) => NameSearch.Search(query, AnyEntry.All());

    [Fact]
    public void A_prefix_that_ends_inside_a_number_is_not_a_prefix()
    {
        SearchHit moe = Search("qwen2.5").Single(h => h.Entry.Slug == "qwen-moe");

        Assert.Equal("Qwen2-57B-A14B", moe.MatchedName);
        Assert.Equal(MatchKind.Substring, moe.Match);
    }

    [Fact]
    public void Short_queries_must_be_spelt_right()
    {
        Assert.DoesNotContain(Search("gpr"), h => h.Match == MatchKind.Fuzzy);
        Assert.Contains(Search("mixtrl"), h => h.Entry.Slug == "mixtral" && h.Match == MatchKind.Fuzzy);
    }

    [Fact]
    public void Blank_or_punctuation_only_queries_find_nothing()
    {
        Assert.Empty(Search("  "));
        Assert.Empty(Search("--"));
    }
}
