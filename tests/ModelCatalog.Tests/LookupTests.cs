namespace ModelCatalog.Tests;

public sealed class LookupTests
{
    [Theory]
    [InlineData("llama-3")]         // id
    [InlineData("Llama 3")]         // name
    [InlineData("LLAMA 3.3")]       // alias in another case
    [InlineData("meta-llama-3")]    // alias in another case
    public void TryFind_finds_a_model_by_id_name_or_alias_in_any_case(string text)
    {
        Assert.True(Models.TryFind(text, out Model? model));
        Assert.Equal(ModelId.Llama3, model.Id);
    }

    [Theory]
    [InlineData("Llama 3.4")]
    [InlineData("llama3 ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFind_misses_names_that_are_not_in_the_catalog(string? text)
    {
        Assert.False(Models.TryFind(text, out Model? model));
        Assert.Null(model);
    }

    [Fact]
    public void TryFind_over_a_span_finds_the_same_model_without_a_string()
    {
        ReadOnlySpan<char> text = "I run QWEN2.5 locally".AsSpan(6, 7);

        Assert.True(Models.TryFind(text, out Model? model));
        Assert.Same(Models.Qwen, model);
    }

    [Fact]
    public void TryFind_does_not_allocate_on_hits_or_misses_with_either_overload()
    {
        // Warm up first: the first call builds the table and the JIT compiles the path.
        Assert.True(Models.TryFind("Llama 3.1", out _));
        Assert.True(Organizations.TryFind("谷歌", out _));

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool found = true;
        for (int i = 0; i < 1000; i++)
        {
            found &= Models.TryFind("LLAMA 3.1", out _);
            found &= Models.TryFind("meta-llama-3".AsSpan(), out _);
            found &= !Models.TryFind("no such model", out _);
            found &= !Models.TryFind("no such model".AsSpan(), out _);
            found &= Organizations.TryFind("谷歌", out _);
            found &= Templates.TryFind("LLAMA3".AsSpan(), out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(found);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TryFind_answers_every_slug_name_and_alias_like_a_scan_of_the_catalog()
    {
        // The oracle: a linear scan in catalog order, comparing ignoring case; the first owner of a name keeps it.
        static Model? Scan(string text) => Models.All.FirstOrDefault(m =>
            string.Equals(m.Slug, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Name, text, StringComparison.OrdinalIgnoreCase)
            || m.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)));

        int checkedNames = 0;
        foreach (Model model in Models.All)
        {
            foreach (string text in model.Aliases.Append(model.Slug).Append(model.Name))
            {
                foreach (string variant in new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() })
                {
                    Assert.True(Models.TryFind(variant, out Model? found), variant);
                    Assert.Same(Scan(variant), found);
                    Assert.True(Models.TryFind(variant.AsSpan(), out Model? viaSpan), variant);
                    Assert.Same(found, viaSpan);
                    checkedNames++;
                }
            }
        }

        Assert.True(checkedNames > 3 * 2 * Models.Count);
    }

    [Theory]
    [InlineData("谷歌", "google")]        // CJK only
    [InlineData("智谱ai", "zhipu-ai")]    // CJK and ASCII in other case
    [InlineData("ZHIPU", "zhipu-ai")]
    [InlineData("百度", "baidu")]
    public void Organizations_are_found_by_names_outside_ASCII(string text, string slug)
    {
        Assert.True(Organizations.TryFind(text, out Organization? organization));
        Assert.Equal(slug, organization.Slug);
        Assert.False(Organizations.TryFind(text + "x", out _));
    }

    [Fact]
    public void Organizations_and_templates_are_found_by_name_handle_free_aliases()
    {
        Assert.True(Organizations.TryFind("facebook", out Organization? meta));
        Assert.Same(Organizations.Meta, meta);
        Assert.True(Templates.TryFind("LLAMA3", out Template? template));
        Assert.Same(Templates.Llama3, template);
    }

    [Fact]
    public void Get_returns_the_record_of_each_id_and_rejects_undefined_ids()
    {
        foreach (ModelId id in Enum.GetValues<ModelId>())
        {
            Assert.Equal(id, Models.Get(id).Id);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => Models.Get((ModelId)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Models.Get((ModelId)0)); // a position, not an id
        Assert.Throws<ArgumentOutOfRangeException>(() => Organizations.Get((OrganizationId)Organizations.Count));
    }

    [Fact]
    public void All_lists_every_entity_once_and_cannot_be_changed()
    {
        Assert.Equal(Enum.GetValues<ModelId>().Length, Models.All.Count);
        Assert.Equal(Models.Count, Models.All.Count);
        Assert.Equal(Enum.GetValues<OrganizationId>().Length, Organizations.All.Count);
        Assert.Equal(Enum.GetValues<TemplateId>().Length, Templates.All.Count);
        Assert.Equal(Enum.GetValues<ModelId>().Order(), Models.All.Select(m => m.Id).Order());

        Assert.False(Models.All is Model[]);
        Assert.False(Models.Llama3.Sizes is ParameterCount[]);
    }
}
