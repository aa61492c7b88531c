using System.Text.Json;
using ModelCatalog.Cli.Tests.Infrastructure;

namespace ModelCatalog.Cli.Tests;

/// <summary>
/// show, render and list with checkpoints. Expected values come from the LLaMA-Factory v0.9.2 registry
/// (constants.py: which template each repository id is registered with; template.py: the qwen user turn) and the
/// makers' cards (Meta-Llama-3-8B-Instruct: 8k context, Llama 3 license; Qwen2.5-7B-Instruct: 131,072 tokens).
/// </summary>
public class CheckpointCommandTests
{
    [Fact]
    public void Show_finds_a_checkpoint_by_its_hugging_face_id()
    {
        CliResult result = Tool.Run("show", "meta-llama/Meta-Llama-3-8B-Instruct", "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement c = json.RootElement;
        Assert.Equal("llama-3-8b-instruct", c.GetProperty("id").GetString());
        Assert.Equal("Llama-3-8B-Instruct", c.GetProperty("name").GetString());
        Assert.Equal("llama-3", c.GetProperty("model").GetString());
        Assert.Equal("8B", c.GetProperty("size").GetString());
        Assert.Equal("instruct", c.GetProperty("variant").GetString());
        Assert.Equal(["meta-llama/Meta-Llama-3-8B-Instruct"], c.GetProperty("huggingFace").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["llama3"], c.GetProperty("templates").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(8192, c.GetProperty("contextLength").GetInt32());
        Assert.Equal("llama3", c.GetProperty("license").GetString());
    }

    [Fact]
    public void Show_prints_the_checkpoints_facts_as_a_sheet()
    {
        CliResult result = Tool.Run("show", "Qwen/Qwen2.5-7B-Instruct");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Qwen2.5-7B-Instruct (checkpoint qwen2.5-7b-instruct)", result.Out);
        Assert.Contains("131072 tokens", result.Out);
        Assert.Contains("apache-2.0", result.Out);
    }

    [Fact]
    public void Render_with_a_repository_id_uses_that_checkpoints_template()
    {
        CliResult qwen = Tool.Run("render", "Qwen/Qwen2.5-7B-Instruct", "--user", "hi", "--json");
        CliResult yi = Tool.Run("render", "llava-hf/llava-v1.6-34b-hf", "--user", "hi", "--json");

        Assert.Equal(0, qwen.ExitCode);
        using JsonDocument qwenJson = JsonDocument.Parse(qwen.Out);
        Assert.Equal("qwen", qwenJson.RootElement.GetProperty("template").GetString());
        Assert.EndsWith("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n", qwenJson.RootElement.GetProperty("prompt").GetString(), StringComparison.Ordinal);

        // LLaVA-NeXT 34B is registered with llava_next_yi, not its family's llava_next.
        Assert.Equal(0, yi.ExitCode);
        using JsonDocument yiJson = JsonDocument.Parse(yi.Out);
        Assert.Equal("llava_next_yi", yiJson.RootElement.GetProperty("template").GetString());
    }

    [Fact]
    public void List_checkpoints_by_template()
    {
        CliResult result = Tool.Run("list", "checkpoints", "--template", "llava_next_yi", "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(["llava-next-34b-chat"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void List_checkpoints_by_model_variant_license_and_context()
    {
        CliResult result = Tool.Run("list", "checkpoints", "--model", "qwen", "--variant", "instruct", "--license", "APACHE-2.0", "--min-context", "128K", "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement[] rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "qwen2.5-7b-instruct");
        Assert.All(rows, r =>
        {
            Assert.Equal("qwen", r.GetProperty("model").GetString());
            Assert.Equal("instruct", r.GetProperty("variant").GetString());
            Assert.Equal("apache-2.0", r.GetProperty("license").GetString());
            Assert.True(r.GetProperty("contextLength").GetInt32() >= 131072);
        });
        Assert.DoesNotContain(rows, r => r.GetProperty("id").GetString() == "qwen2.5-3b-instruct"); // Qwen research license, 32k
    }

    [Fact]
    public void List_checkpoints_rejects_an_unknown_variant()
    {
        CliResult result = Tool.Run("list", "checkpoints", "--variant", "it");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'it' is not a variant", result.Error);
    }

    [Fact]
    public void The_json_export_has_a_checkpoints_array_with_resolved_templates()
    {
        CliResult result = Tool.Run("export");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        JsonElement[] checkpoints = json.RootElement.GetProperty("checkpoints").EnumerateArray().ToArray();
        Assert.Equal(536, checkpoints.Length);
        JsonElement coder = checkpoints.Single(c => c.GetProperty("id").GetString() == "deepseek-coder-6.7b-instruct");
        Assert.Equal(["deepseekcoder"], coder.GetProperty("templates").EnumerateArray().Select(e => e.GetString()));
        string[] keys = checkpoints[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "name", "model", "version", "size", "variant", "huggingFace", "modelScope", "templates", "contextLength", "license", "source", "sources", "notes"], keys);
    }
}
