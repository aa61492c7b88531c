using ModelCatalog.Cli.Export;

namespace ModelCatalog.Cli.Tests;

public class CsvCellsTests
{
    [Theory]
    [InlineData(15_000_000_000_000, "15T")]
    [InlineData(46_700_000_000, "46.7B")]
    [InlineData(8_030_000_000, "8.03B")]
    [InlineData(560_000_000, "560M")]
    [InlineData(124_439_808, "124439808")]
    [InlineData(125_000, "125K")]
    [InlineData(999, "999")]
    public void Counts_use_a_unit_only_where_it_is_exact(long value, string expected)
    {
        Assert.Equal(expected, CsvCells.Count(value));
        Assert.True(ModelCatalog.Generator.Catalog.Values.CountParser.TryParse(expected, out long back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(" leading space", "\" leading space\"")]
    public void Quotes_only_what_the_parser_would_misread(string value, string expected)
    {
        Assert.Equal(expected, CsvCells.Quote(value));
    }

    [Fact]
    public void Template_text_escapes_match_the_generators_unescape()
    {
        const string text = "a\\b\nc\td";

        string escaped = CsvCells.TemplateText(text);

        Assert.Equal(@"a\\b\nc\td", escaped);
        Assert.True(ModelCatalog.Generator.Catalog.Values.TemplateText.TryUnescape(escaped, out string back, out _));
        Assert.Equal(text, back);
    }
}
