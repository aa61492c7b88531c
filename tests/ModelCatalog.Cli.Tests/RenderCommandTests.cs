using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

public class RenderCommandTests
{
    [Fact]
    public void Renders_the_conversation_in_command_line_order()
    {
        CliResult result = Tool.Run("render", "llama3", "--system", "You are terse.", "--user", "Hi", "--assistant", "Hello!", "--user", "2+2?");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>" +
            "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n" +
            "Hello!<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n" +
            Environment.NewLine,
            result.Out);
    }

    [Fact]
    public void A_model_name_renders_with_the_models_first_template_and_json_carries_the_stop_words()
    {
        CliResult result = Tool.Run("render", "Qwen 2.5", "--user", "Hi", "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("qwen", json.RootElement.GetProperty("template").GetString());
        Assert.Equal(Templates.Qwen.Render([TemplateMessage.User("Hi")]), json.RootElement.GetProperty("prompt").GetString());
        Assert.Equal(["<|im_end|>"], json.RootElement.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_conversation_that_does_not_alternate_is_a_usage_error_without_a_stack_trace()
    {
        CliResult result = Tool.Run("render", "qwen", "--user", "a", "--user", "b");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: Message 1 is a User message where a Assistant message was expected", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_exits_1()
    {
        CliResult result = Tool.Run("render", "no-such-template", "--user", "Hi");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no chat template, model or checkpoint is called 'no-such-template'", result.Error, StringComparison.Ordinal);
    }
}
