using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Robustness;

/// <summary>
/// Text that means something to C#, to XML docs or to a reader ends up as inert data: the generated code compiles,
/// and reading the value back at run time gives exactly the cell's text.
/// </summary>
public sealed class InjectionTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        "quote \" and backslash \\ and \\u0041",
        "*/ class Evil { } /*",
        "</summary><script>alert(1)</script><!-- x -->",
        "#error injected",
        "\"\"\" raw string \"\"\"",
        "{ braces } and {{content}} and {0}",
        "line one\nline two\r\nline three",
        "emoji 😀 and 𝕏 (non-BMP)",
        "Ünïcödé ß İı ﬁ",
        "/// <see cref=\"Nope\"/>",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_notes_and_names_come_back_verbatim(string text)
    {
        string cell = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        string nameCell = text.Contains('\n', StringComparison.Ordinal) ? "Plain" : cell;
        string models = CatalogFiles.ModelsHeader + "\n" +
            $"llama,{nameCell},,meta,2023-02,7B,,decoder,en,text,yes,,,https://arxiv.org/abs/2302.13971,{cell}\n";

        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create(models: models));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors());
        using var loaded = new LoadedCatalog(run.Output);
        Assert.Equal(text, loaded.Get("Models", "Llama", "Notes"));
        Assert.Equal(text.Contains('\n', StringComparison.Ordinal) ? "Plain" : text, loaded.Get("Models", "Llama", "Name"));
    }

    [Theory]
    [InlineData("\u202E", "U+202E")]  // right-to-left override
    [InlineData("\u2066", "U+2066")]  // left-to-right isolate
    [InlineData("\u200B", "U+200B")]  // zero-width space
    [InlineData("\u0000", "U+0000")]  // NUL
    public void Invisible_and_bidirectional_characters_in_a_name_are_reported_and_kept_out(string character, string code)
    {
        string models = CatalogFiles.ModelsHeader + "\n" +
            $"llama,LLa{character}MA,,meta,2023-02,7B,,decoder,en,text,yes,,,https://arxiv.org/abs/2302.13971,\n";

        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create(models: models));

        Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCAT111", diagnostic.Id);
        Assert.Contains(code, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompileErrors());
        string source = run.Source("ModelCatalog.Models.g.cs");
        Assert.DoesNotContain(character, source, StringComparison.Ordinal);
        using var loaded = new LoadedCatalog(run.Output);
        Assert.Equal("llama", loaded.Get("Models", "Llama", "Name")); // the row stays, named by its id
    }

    [Fact]
    public void A_lone_surrogate_is_read_as_the_replacement_character()
    {
        // The CSV reader works in UTF-8, where a lone surrogate cannot exist: it arrives as U+FFFD, visible and inert.
        string models = CatalogFiles.ModelsHeader + "\n" +
            "llama,LLa\uD800MA,,meta,2023-02,7B,,decoder,en,text,yes,,,https://arxiv.org/abs/2302.13971,\n";

        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create(models: models));

        Assert.Empty(run.Diagnostics);
        using var loaded = new LoadedCatalog(run.Output);
        Assert.Equal("LLa\uFFFDMA", loaded.Get("Models", "Llama", "Name"));
    }
}
