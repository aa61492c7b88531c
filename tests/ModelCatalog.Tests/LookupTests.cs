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
    public void TryFind_does_not_allocate_with_either_index()
    {
        // A table of its own, not Models' shared one, which lookups in other tests move to its final index at a
        // moment this test cannot see. Models.TryFind is this same code.
        var table = new Lookup.CatalogTable<Model>(Models.All.ToArray());
        Assert.True(table.TryFind("Llama 3.1", out _));

        // The first index: 801 lookups in all, below the move.
        Assert.Equal(0, AllocatedBy(table, lookups: 800));

        // The final index, once the move (which allocates, once) is behind.
        while (!table.HasFinalIndex)
        {
            table.TryFind("Llama 3.1", out _);
        }

        Assert.Equal(0, AllocatedBy(table, lookups: 2000));
    }

    private static long AllocatedBy(Lookup.CatalogTable<Model> table, int lookups)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool found = true;
        for (int i = 0; i < lookups / 2; i++)
        {
            found &= table.TryFind("LLAMA 3.1", out _);
            found &= !table.TryFind("no such model".AsSpan(), out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(found);
        return allocated;
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
