using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class ArgumentErrorTests
{
    [Theory]
    [InlineData(new[] { "lst" }, "Did you mean 'list'?")]
    [InlineData(new[] { "list", "--org", "Metta" }, "'Metta' is not an organization id, name or alias. Did you mean 'meta'")]
    [InlineData(new[] { "list", "--min-params", "7Q" }, "'7Q' is not a parameter count")]
    [InlineData(new[] { "list", "--released-after", "2024-13" }, "'2024-13' is not a date")]
    [InlineData(new[] { "list", "--language", "klingon" }, "'klingon' is not a language")]
    [InlineData(new[] { "list", "--modality", "smell" }, "'smell' is not a modality: use one of text, image, audio, video.")]
    [InlineData(new[] { "list", "--architecture", "rnn" }, "'rnn' is not an architecture")]
    [InlineData(new[] { "list", "--sort", "price" }, "price")]
    [InlineData(new[] { "list", "--open", "--closed" }, "--open and --closed exclude each other")]
    [InlineData(new[] { "list", "--nope" }, "--nope")]
    [InlineData(new[] { "show" }, "name")]
    [InlineData(new[] { "search", "llama", "--limit", "0" }, "--limit must be at least 1.")]
    [InlineData(new[] { "export", "--format", "xml" }, "xml")]
    [InlineData(new[] { "export", "--format", "json", "--table", "models" }, "--table chooses the one CSV table")]
    [InlineData(new[] { "validate", "/no/such/folder/anywhere" }, "does not exist")]
    public void A_wrong_argument_exits_2_with_a_message_and_no_stack_trace(string[] args, string expected)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.StartsWith("error: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_usage_error_points_at_the_commands_help()
    {
        CliResult result = Tool.Run("list", "--min-params", "lots");

        Assert.Contains("Run 'modelcatalog list --help' for usage.", result.Error);
    }
}
