using System.Text.Json;

namespace ModelCatalog.Tests;

/// <summary>
/// Every template renders fixed conversations exactly as the reference (LLaMA-Factory v0.9.2) encodes them.
/// Fixtures/template-vectors.json was derived from the reference's template definitions and checked by running the
/// reference's own formatting code over the same conversations; it does not come from our CSV.
/// </summary>
public sealed class TemplateVectorTests
{
    private static readonly Lazy<Vector[]> All = new(Load);

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (Vector vector in All.Value)
        {
            cases.Add(vector.Template, vector.Case);
        }

        return cases;
    }

    [Fact]
    public void Every_template_of_the_catalog_has_all_six_vectors()
    {
        Assert.Equal(Templates.Count * 6, All.Value.Length);
        Assert.All(Templates.All, t => Assert.Equal(6, All.Value.Count(v => v.Template == t.Slug)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_template_renders_the_reference_prompt(string template, string caseName)
    {
        Vector vector = All.Value.Single(v => v.Template == template && v.Case == caseName);
        Assert.True(Templates.TryFind(template, out Template? found));

        string prompt = found.Render(vector.Messages);

        Assert.Equal(vector.Expected, prompt);
    }

    private static Vector[] Load()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "template-vectors.json")));
        return json.RootElement.GetProperty("vectors").EnumerateArray().Select(v => new Vector(
            v.GetProperty("template").GetString()!,
            v.GetProperty("case").GetString()!,
            v.GetProperty("messages").EnumerateArray().Select(m => new TemplateMessage(Role(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()!)).ToArray(),
            v.GetProperty("expected").GetString()!)).ToArray();
    }

    private static TemplateRole Role(string role) => role switch
    {
        "system" => TemplateRole.System,
        "user" => TemplateRole.User,
        "assistant" => TemplateRole.Assistant,
        _ => throw new InvalidDataException($"unknown role '{role}'"),
    };

    private sealed record Vector(string Template, string Case, TemplateMessage[] Messages, string Expected);
}
