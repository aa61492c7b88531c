namespace ModelCatalog.Tests;

/// <summary>The README's example, run against the shipped catalog, with the values it must give.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_compiles_and_gives_the_catalogs_values()
    {
        Model llama = Models.Llama3;
        Organization meta = llama.Organization;
        ModelId id = ModelId.Llama3;
        bool found = Models.TryFind("Llama 3.1", out Model? m);      // alias, any case, no allocation
        ParameterCount largest = llama.Sizes.Max();
        ReleaseDate first = llama.Releases[0].Date;
        Model? parent = Models.Alpaca.BaseModel;                      // LLaMA
        var metaModels = new List<string>();
        foreach (Model x in Organizations.Meta.Models)
        {
            metaModels.Add(x.Slug);
        }

        Assert.Equal("Meta", meta.Name);
        Assert.Same(Organizations.Meta, meta);
        Assert.Equal(id, llama.Id);
        Assert.True(found);
        Assert.Same(llama, m);
        Assert.Equal("405B", largest.ToString());
        Assert.Equal(405_000_000_000L, largest.Parameters);
        Assert.Equal(new ReleaseDate(2024, 4), first);
        Assert.Equal("2024-04", first.ToString());
        Assert.Same(Models.Llama, parent);
        Assert.Equal("LLaMA", parent!.Name);
        Assert.Contains("llama-3", metaModels);
        Assert.Contains("opt", metaModels);
        Assert.All(Organizations.Meta.Models, x => Assert.Equal(OrganizationId.Meta, x.OrganizationId));
    }

    [Fact]
    public void The_readme_checkpoint_example_compiles_and_gives_the_catalogs_values()
    {
        bool found = Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out Checkpoint? qwen);
        string prompt = qwen!.Templates[0].Render([TemplateMessage.User("hi")]);
        int? context = qwen.ContextLength;

        Assert.True(found);
        Assert.Same(Models.Qwen, qwen.Model);
        // Oracle: LLaMA-Factory v0.9.2's test_template.py (test_qwen_template): ChatML turns and the default system prompt.
        Assert.Equal(
            "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n",
            prompt);
        Assert.Equal(131072, context); // Qwen2.5-7B-Instruct's card: "full 131,072 tokens"
    }
}
