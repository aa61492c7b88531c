using System.Text.RegularExpressions;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

/// <summary>
/// The tool as a separate process: colour on a terminal and never with NO_COLOR (https://no-color.org), plain
/// text when redirected, and the exit codes scripts rely on (0 done, 1 the answer is no or a file cannot be
/// written, 2 the command line is wrong).
/// </summary>
public sealed partial class ProcessBehaviourTests
{
    /// <summary>The environment of a person at a colour terminal: NO_COLOR unset, whatever the test run has.</summary>
    private static readonly Dictionary<string, string?> Terminal = new() { ["NO_COLOR"] = null, ["TERM"] = "xterm-256color" };

    private static readonly Dictionary<string, string?> NoColor = new() { ["NO_COLOR"] = "1", ["TERM"] = "xterm-256color" };

    /// <summary>An ANSI "select graphic rendition" sequence: what colours and styles text.</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Sgr();

    [Fact]
    public void On_a_terminal_the_tool_colours_and_with_NO_COLOR_it_prints_the_same_text_without_colour()
    {
        CliResult coloured = ToolProcess.RunOnTerminal(Terminal, "show", "llama-3");
        CliResult plain = ToolProcess.RunOnTerminal(NoColor, "show", "llama-3");

        Assert.Equal(0, coloured.ExitCode);
        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(Sgr(), coloured.Out);
        Assert.DoesNotMatch(Sgr(), plain.Out);
        Assert.Contains("Llama 3", plain.Out, StringComparison.Ordinal);
        Assert.Equal(plain.Out, Sgr().Replace(coloured.Out, ""));
    }

    [Fact]
    public void Redirected_output_has_no_escape_codes_and_one_row_per_model()
    {
        CliResult result = ToolProcess.Run(Terminal, "list");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\x1b', result.Out);
        Assert.Equal("", result.Error);
        Assert.Equal(Models.All.Count + 1, result.OutLines.Length); // a header, then one line per model
        Assert.Equal(Models.All.Select(m => m.Slug).Order(StringComparer.Ordinal), Tool.FirstColumn(result).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, new[] { "show", "llama-3" })]
    [InlineData(1, new[] { "show", "no-such-model" })]
    [InlineData(2, new[] { "list", "--modality", "smell" })]
    [InlineData(2, new[] { "frobnicate" })]
    public void Exit_codes_say_done_no_or_wrong_command_line(int expected, string[] args)
    {
        CliResult result = ToolProcess.Run(NoColor, args);

        Assert.True(expected == result.ExitCode, $"exit code {result.ExitCode}, expected {expected}\n{result.Out}\n{result.Error}");
        if (expected == 0)
        {
            Assert.Equal("", result.Error);
        }
        else
        {
            Assert.NotEqual("", result.Error.Trim()); // the reason goes to standard error
        }
    }

    [Fact]
    public void An_out_file_that_cannot_be_written_is_exit_code_1_with_the_reason_on_standard_error()
    {
        using var folder = new TempFolder();
        string notAFolder = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(notAFolder, "");
        string target = Path.Combine(notAFolder, "catalog.json"); // its parent is a file: not writable, even for root

        CliResult result = ToolProcess.Run(NoColor, "export", "--format", "json", "--out", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.NotEqual("", result.Error.Trim());
        Assert.False(File.Exists(target));
    }
}
