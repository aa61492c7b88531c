using ModelCatalog.Formats;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;

namespace ModelCatalog.Cli.Tests;

/// <summary>
/// The one vocabulary (src/ModelCatalog/Formats, compiled into the runtime, the generator and this tool): the words
/// against the runtime enums they name, and the count and size formats against values worked out by hand.
/// </summary>
public class FormatsTests
{
    [Theory]
    [InlineData(15_000_000_000_000, "15T")]
    [InlineData(46_700_000_000, "46.7B")]
    [InlineData(8_030_000_000, "8.03B")]
    [InlineData(560_000_000, "560M")]
    [InlineData(124_439_808, "124.439808M")]
    [InlineData(1_234_567_890_123, "1.234567890123T")]
    [InlineData(125_000, "125K")]
    [InlineData(1_500, "1.5K")]
    [InlineData(999, "999")]
    public void A_count_is_written_with_its_largest_unit_exactly_and_reads_back(long value, string expected)
    {
        Assert.Equal(expected, CountText.Format(value));
        Assert.True(CountText.TryParse(expected, out long back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("7B", 7_000_000_000L)]
    [InlineData("0.5B", 500_000_000L)]
    [InlineData("1.4T", 1_400_000_000_000L)]
    public void Counts_read_as_the_tables_write_them(string text, long expected = -1)
    {
        Assert.True(CountText.TryParse(text, out long value));
        Assert.Equal(expected == -1 ? 7 : expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("7.5")]       // a plain count is whole
    [InlineData("1.2.3B")]
    [InlineData(".5B")]
    [InlineData("-7B")]
    [InlineData("7b")]        // units are upper case in the tables
    [InlineData("1e9")]
    [InlineData("0.0000000001K")]
    public void Counts_that_are_not_whole_positive_numbers_are_refused(string text)
    {
        Assert.False(CountText.TryParse(text, out _));
    }

    [Fact]
    public void A_size_keeps_the_fact_that_its_count_was_written()
    {
        Assert.True(SizeText.TryParse("8B=8.03B", out SizeText.Parts exact));
        Assert.Equal(("8B", 8_030_000_000L, true, false), (exact.Label, exact.Parameters, exact.HasExplicitCount, exact.Uncertain));

        Assert.True(SizeText.TryParse("8B", out SizeText.Parts labelled));
        Assert.Equal((8_000_000_000L, false), (labelled.Parameters, labelled.HasExplicitCount));

        // Written with a count equal to its label's: still written, so still kept.
        Assert.True(SizeText.TryParse("7B=7B", out SizeText.Parts same));
        Assert.True(same.HasExplicitCount);
        Assert.Equal("7B=7B", SizeText.Format(same.Label, same.Parameters, same.HasExplicitCount, same.Uncertain));
    }

    [Theory]
    [InlineData("8x7B", "8x7B", 56_000_000_000L, 56_000_000_000L, 8, false)]
    [InlineData("8x7B=46.7B", "8x7B", 46_700_000_000L, 46_700_000_000L, 8, false)]
    [InlineData("125M-175B", "125M-175B", 175_000_000_000L, 125_000_000L, 0, false)]
    [InlineData("260B?", "260B", 260_000_000_000L, 260_000_000_000L, 0, true)]
    [InlineData("0.1B=124M?", "0.1B", 124_000_000L, 124_000_000L, 0, true)]
    public void Sizes_read_labels_mixtures_ranges_and_doubts(string text, string label, long parameters, long minimum, int experts, bool uncertain)
    {
        Assert.True(SizeText.TryParse(text, out SizeText.Parts size));
        Assert.Equal((label, parameters, minimum, experts, uncertain), (size.Label, size.Parameters, size.MinimumParameters, size.Experts, size.Uncertain));
        Assert.Equal(text, SizeText.Format(size.Label, size.Parameters, size.HasExplicitCount, size.Uncertain));
    }

    [Theory]
    [InlineData("7")]             // a label carries its unit
    [InlineData("125M-175B=150B")] // a range has no single count
    [InlineData("1x7B")]          // a mixture has two experts or more
    [InlineData("7B=")]
    [InlineData("175B-125M")]
    public void Sizes_the_format_does_not_allow_are_refused(string text)
    {
        Assert.False(SizeText.TryParse(text, out _));
    }

    [Fact]
    public void An_unknown_size_is_a_question_mark_both_ways()
    {
        Assert.True(SizeText.TryParse("?", out SizeText.Parts size));
        Assert.False(size.Known);
        Assert.Equal("?", SizeText.Format(ParameterCount.Unknown.Label, 0, false, true));
    }

    [Fact]
    public void The_words_name_the_runtime_enums_members_in_value_order()
    {
        Assert.Equal(
            ["decoder", "encoder-decoder", "glm", "multi-task"],
            Enum.GetValues<Architecture>().Select(a => TableWords.Architectures[(int)a]));
        Assert.Equal(
            ["turn", "first-user", "none"],
            Enum.GetValues<SystemPlacement>().Select(p => TableWords.SystemPlacements[(int)p]));
        Assert.Equal("id", TableWords.Languages[(int)Language.Indonesian]);
        Assert.Equal(Enum.GetValues<Language>().Length, TableWords.Languages.Length);

        // Modality i is the flag 1 << i, and its word is the member's name in lower case.
        Modality[] flags = [Modality.Text, Modality.Image, Modality.Audio, Modality.Video];
        Assert.Equal(flags.Select(f => f.ToString().ToLowerInvariant()), TableWords.Modalities);
        Assert.Equal(flags, TableWords.Modalities.Select((_, i) => (Modality)(1 << i)));
        Assert.Equal(["text", "image", "audio", "video"], TableWords.ModalityWords((int)(Modality.Video | Modality.Text | Modality.Audio | Modality.Image)));

        // The generator's member names are the enums' own.
        Assert.Equal(Enum.GetNames<Architecture>(), Vocabulary.ArchitectureMembers);
        Assert.Equal(Enum.GetNames<Language>(), Vocabulary.LanguageMembers);
        Assert.Equal(Enum.GetNames<SystemPlacement>(), Vocabulary.SystemPlacementMembers);
    }

    [Theory]
    [InlineData("lamma-3", "llama-3", 2)] // a doubled letter in the wrong place
    [InlineData("mtea", "meta", 1)]       // two neighbours swapped
    [InlineData("LLAMA3", "llama-3", 1)]  // case does not count
    public void Did_you_mean_measures_the_optimal_string_alignment_distance(string typo, string meant, int distance)
    {
        Assert.Equal(distance, Suggestions.Within(typo, meant));
        Assert.Equal(meant, Suggestions.Closest(typo, ["llama-2", meant, "mistral"]));
    }

    [Fact]
    public void Did_you_mean_stays_quiet_when_nothing_is_close()
    {
        Assert.Null(Suggestions.Within("xx", "ar"));
        Assert.Null(Suggestions.Closest("qwerty", ["llama-3", "meta"]));
    }
}
