namespace ModelCatalog.Tests;

public sealed class ValueTypeTests
{
    [Fact]
    public void ParameterCounts_keep_their_label_and_compare_by_parameters()
    {
        ParameterCount mixtral = Models.Mixtral.Sizes[0];
        Assert.Equal("8x7B", mixtral.ToString());
        Assert.Equal(46_700_000_000L, mixtral.Parameters);
        Assert.Equal(8, mixtral.Experts);
        Assert.True(mixtral.IsMixtureOfExperts);
        Assert.Equal("46.7B", mixtral.ToParameterString());

        ParameterCount gpt2Small = Models.Gpt2.Sizes[0];
        Assert.Equal("0.1B", gpt2Small.Label);
        Assert.Equal(124_000_000L, gpt2Small.Parameters);
        Assert.True(gpt2Small < mixtral);
        Assert.Equal("8x22B", Models.Mixtral.Sizes.Max().ToString());
    }

    [Fact]
    public void A_size_knows_whether_its_table_cell_gave_the_exact_count()
    {
        // data/models.csv writes Llama 3's sizes as 1B=1.23B;3B=3.21B;8B=8.03B;70B;405B (Llama 3.2 and 3.1 model cards), Mixtral's as 8x7B=46.7B;8x22B=141B.
        ParameterCount[] llama3 = Models.Llama3.Sizes.ToArray();
        Assert.Equal(["1B", "3B", "8B", "70B", "405B"], llama3.Select(s => s.Label));
        Assert.Equal([true, true, true, false, false], llama3.Select(s => s.HasExplicitCount));
        Assert.Equal(1_230_000_000L, llama3[0].Parameters);
        Assert.Equal(8_030_000_000L, llama3[2].Parameters);
        Assert.True(Models.Mixtral.Sizes.All(s => s.HasExplicitCount));
        Assert.False(ParameterCount.Unknown.HasExplicitCount);
        Assert.True(new ParameterCount("8B", 8_030_000_000, 8_030_000_000, null, false, hasExplicitCount: true).HasExplicitCount);
        Assert.False(new ParameterCount("8B", 8_000_000_000, 8_000_000_000, null, false).HasExplicitCount);
    }

    [Fact]
    public void Uncertain_and_unknown_sizes_say_so()
    {
        ParameterCount ernieBot = Models.ErnieBot.Sizes.Single();
        Assert.True(ernieBot.IsUncertain);
        Assert.True(ernieBot.IsKnown);
        Assert.Equal("260B?", ernieBot.ToString());
        Assert.Equal("260B", ernieBot.Label);

        ParameterCount gpt4 = Models.Gpt4.Sizes.Single();
        Assert.False(gpt4.IsKnown);
        Assert.True(gpt4.IsUncertain);
        Assert.Equal(ParameterCount.Unknown, gpt4);
        Assert.Equal("?", gpt4.ToString());
        Assert.True(gpt4 < ernieBot);
    }

    [Fact]
    public void A_range_size_keeps_both_ends()
    {
        var range = new ParameterCount("125M-175B", 175_000_000_000, 125_000_000, null, false);
        Assert.True(range.IsRange);
        Assert.Equal(125_000_000, range.MinimumParameters);
        Assert.Equal("125M-175B", range.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParameterCount("x", 1, 2, null, false));
    }

    [Theory]
    [InlineData("2023", 2023, null, null)]
    [InlineData("2023-08", 2023, 8, null)]
    [InlineData("2023-03-14", 2023, 3, 14)]
    public void ReleaseDates_keep_their_precision(string text, int year, int? month, int? day)
    {
        Assert.True(ReleaseDate.TryParse(text, out ReleaseDate date));
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-3-14")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("23")]
    [InlineData(null)]
    public void ReleaseDates_reject_what_is_not_a_calendar_date(string? text) =>
        Assert.False(ReleaseDate.TryParse(text, out _));

    [Fact]
    public void ReleaseDates_order_chronologically_with_less_precise_first()
    {
        ReleaseDate[] dates = [new(2024, 7), new(2023), new(2023, 1, 1), new(2023, 1)];
        Assert.Equal(["2023", "2023-01", "2023-01-01", "2024-07"], dates.Order().Select(d => d.ToString()));
        Assert.Equal(new ReleaseDate(2023, 11), Models.Yi.FirstReleased);
    }

    [Fact]
    public void Releases_print_as_the_tables_write_them()
    {
        Assert.Equal(["3: 2024-04", "3.1: 2024-07", "3.2: 2024-09", "3.3: 2024-12"], Models.Llama3.Releases.Select(r => r.ToString()));
        Assert.Null(Models.Alpaca.Releases[0].Version);
    }

    [Fact]
    public void Languages_map_to_iso_codes_both_ways()
    {
        Assert.Equal("zh", Language.Chinese.ToIsoCode());
        Assert.Equal("multilingual", Language.Multilingual.ToIsoCode());
        Assert.True(LanguageCodes.TryParse("EN", out Language english));
        Assert.Equal(Language.English, english);
        Assert.False(LanguageCodes.TryParse("xx", out _));
        Assert.Equal([Language.English, Language.Chinese], Models.Chatglm3.Languages.Order());
    }

    [Fact]
    public void Records_print_their_name_and_compare_by_identity()
    {
        Assert.Equal("Llama 3", Models.Llama3.ToString());
        Assert.Equal(Models.Llama3, Models.Get(ModelId.Llama3));
        Assert.NotEqual(Models.Llama3, Models.Llama);
        Assert.Equal(Modality.Text | Modality.Image | Modality.Video, Models.Qwen2Vl.Modalities);
        Assert.Equal(Architecture.EncoderDecoder, Models.T5.Architecture);
        Assert.False(Models.Gpt4.OpenWeights);
    }
}
