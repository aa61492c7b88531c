using System.Text.Json;

namespace ModelCatalog.Tests;

/// <summary>
/// Every template renders fixed conversations as its oracle says. Fixtures/template-vectors.json is written by
/// Oracle/make_template_vectors.py and never reads data/templates.csv: each vector names its oracle (LLaMA-Factory
/// v0.9.2's own encoder run over the messages, the model's tokenizer chat_template, the model's published prompt
/// builder, or the reference's test file) and where its BOS/EOS tokens come from (the model's tokenizer configuration).
/// </summary>
public sealed class TemplateVectorTests
{
    private static readonly string[] StandardCases =
        ["system-user-assistant-user", "user-only", "multi-turn", "empty-content", "special-tokens-in-content", "ends-with-assistant"];

    private static readonly string[] Oracles = ["reference-code", "tokenizer-chat-template", "model-code", "reference-test"];

    private static readonly Lazy<Vector[]> All = new(Load);

    public static TheoryData<string, string> Cases() => CasesWhere(v => v.Limitation is null);

    public static TheoryData<string, string> Limitations() => CasesWhere(v => v.Limitation is not null);

    [Fact]
    public void Every_template_of_the_catalog_has_the_six_standard_vectors()
    {
        Assert.All(Templates.All, t => Assert.Equal(
            StandardCases.Order(StringComparer.Ordinal),
            All.Value.Where(v => v.Template == t.Slug && StandardCases.Contains(v.Case)).Select(v => v.Case).Order(StringComparer.Ordinal)));
        Assert.Equal(Templates.Count * StandardCases.Length, All.Value.Count(v => StandardCases.Contains(v.Case)));
    }

    [Fact]
    public void Every_vector_names_a_catalog_template_an_oracle_and_a_source()
    {
        Assert.All(All.Value, v =>
        {
            Assert.True(Templates.TryFind(v.Template, out _), v.Template);
            Assert.Contains(v.Oracle, Oracles);
            Assert.StartsWith("https://", v.Source, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(v.BosEosSource), $"{v.Template}/{v.Case} has no BOS/EOS source");
        });
    }

    [Fact]
    public void The_reference_test_file_vectors_are_there()
    {
        // tests/data/test_template.py of v0.9.2 checks these five templates' prompts.
        Assert.Equal(
            ["gemma", "llama3", "phi4", "qwen", "yi"],
            All.Value.Where(v => v.Oracle == "reference-test").Select(v => v.Template).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_template_renders_the_oracle_prompt(string template, string caseName)
    {
        Vector vector = All.Value.Single(v => v.Template == template && v.Case == caseName);
        Assert.True(Templates.TryFind(template, out Template? found));

        string prompt = found.Render(vector.Messages);

        Assert.Equal(vector.Expected, prompt);
    }

    /// <summary>
    /// A prompt the table's columns cannot express stays in the fixture as the truth. This fails once the catalog
    /// renders it, so that the limitation (and its note) is removed then.
    /// </summary>
    [Theory]
    [MemberData(nameof(Limitations))]
    public void A_known_limitation_still_renders_differently(string template, string caseName)
    {
        Vector vector = All.Value.Single(v => v.Template == template && v.Case == caseName);
        Assert.True(Templates.TryFind(template, out Template? found));

        string? prompt;
        try
        {
            prompt = found.Render(vector.Messages);
        }
        catch (ArgumentException)
        {
            prompt = null;
        }

        Assert.NotEqual(vector.Expected, prompt);
    }

    private static TheoryData<string, string> CasesWhere(Func<Vector, bool> predicate)
    {
        var cases = new TheoryData<string, string>();
        foreach (Vector vector in All.Value.Where(predicate))
        {
            cases.Add(vector.Template, vector.Case);
        }

        return cases;
    }

    private static Vector[] Load()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "template-vectors.json")));
        return json.RootElement.GetProperty("vectors").EnumerateArray().Select(v => new Vector(
            v.GetProperty("template").GetString()!,
            v.GetProperty("case").GetString()!,
            v.GetProperty("messages").EnumerateArray().Select(m => new TemplateMessage(Role(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()!)).ToArray(),
            v.GetProperty("expected").GetString()!,
            v.GetProperty("oracle").GetString()!,
            v.GetProperty("source").GetString()!,
            v.GetProperty("bos_eos_source").GetString()!,
            v.TryGetProperty("limitation", out JsonElement limitation) ? limitation.GetString() : null)).ToArray();
    }

    private static TemplateRole Role(string role) => role switch
    {
        "system" => TemplateRole.System,
        "user" => TemplateRole.User,
        "assistant" => TemplateRole.Assistant,
        _ => throw new InvalidDataException($"unknown role '{role}'"),
    };

    private sealed record Vector(string Template, string Case, TemplateMessage[] Messages, string Expected, string Oracle, string Source, string BosEosSource, string? Limitation);
}
