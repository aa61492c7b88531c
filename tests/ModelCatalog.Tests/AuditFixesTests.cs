namespace ModelCatalog.Tests;

/// <summary>
/// The facts an independent audit of the catalog found wrong or merged (issue "The whole reference registry"), as
/// their cited sources give them: each split model stands alone with its own facts, and no longer lends them to the
/// row it was merged into.
/// </summary>
public sealed class AuditFixesTests
{
    [Theory]
    [InlineData("phi-2", "2.7B", "phi-1.5")]                // Phi-2 card: 2.7B; Phi-1.5 card: 1.3B
    [InlineData("command-r-plus", "104B", "command-r")]     // c4ai-command-r-plus card: 104B; Command R: 35B
    [InlineData("internlm3", "8B", "internlm2")]            // internlm3-8b-instruct card
    [InlineData("deepseek-v2.5", "236B", "deepseek-v3")]    // DeepSeek-V2.5 card: 236B, V2 architecture; V3: 671B
    public void A_split_model_has_its_size_and_the_row_it_left_does_not(string split, string size, string former)
    {
        Assert.Contains(size, Find(split).Sizes.Select(s => s.Label));
        Assert.DoesNotContain(size, Find(former).Sizes.Select(s => s.Label));
        Assert.DoesNotContain(Find(former).Aliases, a => Models.TryFind(a, out Model? m) && m.Slug == split);
    }

    [Fact]
    public void DeepSeek_V2_5_is_a_V2_model_without_V3s_tokens()
    {
        Model v25 = Find("deepseek-v2.5");
        Assert.Equal("deepseek-v2", v25.BaseModel?.Slug);
        Assert.Null(v25.TrainingTokens);
        Assert.Equal(["671B"], Find("deepseek-v3").Sizes.Select(s => s.Label));
    }

    [Fact]
    public void The_closed_QVQ_Max_is_apart_from_the_open_QVQ_preview()
    {
        Assert.False(Find("qvq-max").OpenWeights);
        Assert.True(Find("qvq").OpenWeights);
        Assert.Equal(["2024-12"], Find("qvq").Releases.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("gemma", "7B", 8_540_000_000)]       // Gemma report, Table 1: 786M embedding + 7,751M other
    [InlineData("qwen2-vl", "7B", 8_290_000_000)]    // Qwen2-VL report: 675M vision encoder + 7.6B language model
    [InlineData("qwen2-audio", "7B", 8_400_000_000)] // Hugging Face safetensors count
    public void A_label_far_from_the_real_count_carries_the_count(string slug, string label, long parameters)
    {
        ParameterCount size = Assert.Single(Find(slug).Sizes, s => s.Label == label);
        Assert.Equal(parameters, size.Parameters);
    }

    [Fact]
    public void ERNIE_Bot_took_text_and_Llama_2_is_English()
    {
        Assert.Equal(Modality.Text, Find("ernie-bot").Modalities);
        Assert.Equal([Language.English], Find("llama-2").Languages);
    }

    [Fact]
    public void GLM_4_and_CodeGeeX4_are_Zhipu_AIs_which_holds_both_its_handles()
    {
        Assert.Equal("zhipu-ai", Find("glm-4").Organization.Slug);
        Assert.Equal("zhipu-ai", Find("codegeex4").Organization.Slug);
        Assert.Equal(["zai-org", "THUDM"], Find("glm-4").Organization.HuggingFace);
    }

    [Theory]
    [InlineData("ieit", "https://www.ieisystem.com/")]
    [InlineData("teleai", "https://www.teleai.com.cn/")]
    public void IEIT_and_TeleAI_have_their_websites(string slug, string website)
    {
        Assert.True(Organizations.TryFind(slug, out Organization? organization));
        Assert.Equal(new Uri(website), organization.Website);
    }

    private static Model Find(string slug)
    {
        Assert.True(Models.TryFind(slug, out Model? model), $"no model '{slug}'");
        Assert.Equal(slug, model.Slug);
        return model;
    }
}
