using System.Text.RegularExpressions;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public partial class TerminalOutputTests
{
    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void Tables_fit_the_terminal_width(int width)
    {
        CliResult result = Tool.RunOnTerminal(width, color: false, "list");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.OutLines, line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        Assert.Contains("╭", result.Out);
        Assert.Contains($"{Models.Count} models", result.Out);
        Assert.Equal(width >= 100, result.Out.Contains("Arch", StringComparison.Ordinal));
    }

    [Fact]
    public void Colour_is_used_only_when_asked()
    {
        CliResult coloured = Tool.RunOnTerminal(120, color: true, "show", "meta");
        CliResult plain = Tool.RunOnTerminal(120, color: false, "show", "meta");
        CliResult redirected = Tool.Run("show", "meta");

        Assert.Matches(AnsiEscape(), coloured.Out);
        Assert.DoesNotMatch(AnsiEscape(), plain.Out);
        Assert.DoesNotMatch(AnsiEscape(), redirected.Out);
        Assert.Equal(plain.Out, AnsiEscape().Replace(coloured.Out, string.Empty));
    }

    [Fact]
    public void Redirected_tables_are_one_row_per_line_without_borders_or_padding()
    {
        CliResult result = Tool.Run("list");

        Assert.Equal(Models.Count + 1, result.OutLines.Length);
        Assert.All(result.OutLines, line => Assert.Equal(line.TrimEnd(), line));
        Assert.DoesNotContain("│", result.Out);
        Assert.DoesNotContain("models", result.OutLines[^1]);
    }
}
