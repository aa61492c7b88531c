using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public void No_arguments_prints_help_and_the_catalog_counts()
    {
        CliResult result = Tool.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        foreach (string command in new[] { "list", "show", "search", "validate", "export" })
        {
            Assert.Contains("  " + command + " ", result.Out);
        }

        Assert.Contains(
            $"The catalog holds {Models.Count} models, {Organizations.Count} organizations and {Templates.Count} chat templates.",
            result.Out);
        Assert.True(Models.Count > 50, "the real catalog is compiled in");
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("list", "modelcatalog list --org meta --open")]
    [InlineData("show", "modelcatalog show llama-3")]
    [InlineData("search", "modelcatalog search mistrel")]
    [InlineData("validate", "modelcatalog validate path/to/data")]
    [InlineData("export", "modelcatalog export --format csv --out exported/")]
    public void Every_command_has_help_with_examples(string command, string example)
    {
        CliResult result = Tool.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains($"modelcatalog {command}", result.Out);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains(example, result.Out);
    }

    [Fact]
    public void List_help_names_every_filter()
    {
        string help = Tool.Run("list", "--help").Out;

        foreach (string option in new[]
        {
            "--org", "--template", "--open", "--closed", "--min-params", "--max-params", "--released-after",
            "--released-before", "--language", "--modality", "--architecture", "--base", "--sort", "--json",
        })
        {
            Assert.Contains(option, help);
        }

        Assert.Contains("organizations", help);
        Assert.Contains("templates", help);
    }

    [Fact]
    public void Export_help_documents_where_csv_goes()
    {
        string help = Tool.Run("export", "--help").Out;
        string flowing = System.Text.RegularExpressions.Regex.Replace(help, @"\s+", " "); // the help wraps at any word

        Assert.Contains("csv: the folder to write the four tables into (created if missing)", flowing);
        Assert.Contains("(created if missing)", help);
        Assert.Contains("--table", help);
    }
}
