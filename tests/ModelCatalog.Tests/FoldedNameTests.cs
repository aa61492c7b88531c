using ModelCatalog.Lookup;

namespace ModelCatalog.Tests;

/// <summary>The comparisons by words and by vectors must answer exactly as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
public sealed class FoldedNameTests
{
    [Theory]
    [InlineData("glm", "GLM", true)]
    [InlineData("Qwen2.5-VL", "qwen2.5-vl", true)]
    [InlineData("llama-3.1-8b-instruct", "LLAMA-3.1-8B-INSTRUCT", true)]
    [InlineData("ab", "abc", false)]
    [InlineData("a@b", "a`b", false)]        // differ in 0x20, but not letters
    [InlineData("x[1]", "x{1}", false)]
    [InlineData("Model 1", "Model\u00011", false)]
    [InlineData("mistral", "mistraſ", false)]    // a character outside ASCII never equals an ASCII one
    [InlineData("kimi", "\u212Aimi", false)]     // Kelvin sign
    [InlineData("", "", true)]
    [InlineData("Qwen", "qwen", true)]                                  // 4: one word
    [InlineData("Llama-3", "llama_3", false)]                           // 7: in the overlap of two words
    [InlineData("Mixtral 8x22B v1", "MIXTRAL 8X22B V2", false)]         // 16: in the last character
    [InlineData("DeepSeek-R1-Distill", "DEEPSEEK-R1-DISTILL", true)]    // 19: the last word (and vector) overlapping
    [InlineData("DeepSeek-R1-Distill", "DeepSeek-R1=Distill", false)]   // 19: in a middle word (two vectors overlap there)
    [InlineData("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIXKLMNOPQRSTUVWXYZ", false)] // 26: only the second vector covers index 9
    [InlineData("Meta-Llama-3.1-405B-Instruct-FP8", "meta-llama-3.1-405b-instruct-fp8", true)]  // 32: four vectors
    [InlineData("Meta-Llama-3.1-405B-Instruct-FP8", "meta-llama-3.1-405c-instruct-fp8", false)] // 32: in the vector before the last
    [InlineData("Meta-Llama-3.1-405B-Instruct-FP8x", "meta-llama-3.1-405b-instruct-fp8y", false)] // 33: words
    public void Matches_as_OrdinalIgnoreCase_does(string key, string input, bool expected)
    {
        Assert.Equal(expected, string.Equals(key, input, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, FoldedName.Matches(input, FoldedName.Of(key)!));
        Assert.Equal(expected, FoldedName.MatchesWithVectors(input, FoldedName.Of(key)!));
    }

    [Fact]
    public void Names_outside_ASCII_are_not_prepared()
    {
        Assert.Null(FoldedName.Of("智谱AI"));
        Assert.Equal("abc-1\u0020\u0020\u0020\0\0", FoldedName.Of("aBC-1"));
    }

    [Fact]
    public void Random_pairs_agree_with_OrdinalIgnoreCase()
    {
        const string alphabet = "aAbBzZ@`[{09 -_.\u00E9\u00C9\u017F";
        var random = new Random(26);
        int equal = 0;
        for (int i = 0; i < 50_000; i++)
        {
            string key = RandomText(random, alphabet.Substring(0, 16), random.Next(0, 40)); // up to ten words
            // Each character changed with a chance of 1 in 3, or (every other pair) one character only, so that
            // long names still give pairs that are equal and pairs that differ in one place.
            char[] input = key.ToCharArray();
            bool one = i % 2 == 0 && input.Length > 0;
            int only = one ? random.Next(input.Length) : -1;
            for (int k = 0; k < input.Length; k++)
            {
                if (one ? k == only : random.Next(3) == 0)
                {
                    input[k] = alphabet[random.Next(alphabet.Length)];
                }
            }

            string text = new(input);
            bool expected = string.Equals(key, text, StringComparison.OrdinalIgnoreCase);
            equal += expected ? 1 : 0;
            Assert.True(expected == FoldedName.Matches(text, FoldedName.Of(key)!), $"'{key}' and '{text}'");
            Assert.True(expected == FoldedName.MatchesWithVectors(text, FoldedName.Of(key)!), $"'{key}' and '{text}', with vectors");
        }

        Assert.True(equal > 4_000, $"only {equal} equal pairs were tried");
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var text = new char[length];
        for (int i = 0; i < length; i++)
        {
            text[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(text);
    }
}
