using ModelCatalog.Cli.Export;

namespace ModelCatalog.Cli.Tests;

public class CsvCellsTests
{
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
