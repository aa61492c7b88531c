using System.Globalization;
using ModelCatalog.Lookup;

namespace ModelCatalog.Tests;

/// <summary>
/// The name index's hash must give equal hashes to names that <see cref="StringComparison.OrdinalIgnoreCase"/>
/// calls equal, or a lookup would miss. These tests check the facts its design rests on, over every character.
/// </summary>
public sealed class NameHashTests
{
    [Fact]
    public void No_character_outside_ASCII_equals_an_ASCII_character_ignoring_case()
    {
        var matches = new List<string>();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            char other = (char)c;
            for (int a = 0; a < 0x80; a++)
            {
                char ascii = (char)a;
                if (MemoryExtensions.Equals([other], [ascii], StringComparison.OrdinalIgnoreCase))
                {
                    matches.Add($"U+{c:X4} = U+{a:X4}");
                }
            }
        }

        Assert.Empty(matches);
    }

    [Fact]
    public void Characters_taken_as_caseless_have_no_case_mapping_to_or_from_them()
    {
        int caseless = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            char ch = (char)c;
            if (NameHash.IsCaseless(ch))
            {
                caseless++;
                Assert.Equal(ch, char.ToUpperInvariant(ch));
                Assert.Equal(ch, char.ToLowerInvariant(ch));
            }
            else
            {
                // Nothing else folds onto a caseless character either.
                Assert.False(NameHash.IsCaseless(char.ToUpperInvariant(ch)), $"U+{c:X4}");
                Assert.False(NameHash.IsCaseless(char.ToLowerInvariant(ch)), $"U+{c:X4}");
            }
        }

        Assert.Equal((0x9FFF - 0x3000 + 1) + (0xD7A3 - 0xAC00 + 1), caseless);
    }

    [Fact]
    public void Every_character_folds_like_its_other_case()
    {
        int pairs = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            char ch = (char)c;
            foreach (char other in new[] { char.ToUpperInvariant(ch), char.ToLowerInvariant(ch) })
            {
                // Only where OrdinalIgnoreCase agrees: ToUpperInvariant('ſ') is 'S', yet "ſ" and "S" are not equal.
                if (other != ch && MemoryExtensions.Equals([ch], [other], StringComparison.OrdinalIgnoreCase))
                {
                    pairs++;
                    Assert.True(NameHash.Fold(ch) == NameHash.Fold(other), $"U+{c:X4} and U+{(int)other:X4}");
                }
            }
        }

        Assert.True(pairs > 2_000, $"{pairs} case pairs");

        Assert.Equal('a', NameHash.Fold('A'));
        Assert.Equal('\u4E2D', NameHash.Fold('\u4E2D')); // 中 hashed as itself
        Assert.Equal(NameHash.Fold('\u00C9'), NameHash.Fold('\u0416')); // É and Ж: both the one constant
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("a", "A")]
    [InlineData("Qw", "qW")]
    [InlineData("GLM", "glm")]
    [InlineData("Llama 3", "LLAMA 3")]
    [InlineData("llama-3.1-8b-instruct", "LLAMA-3.1-8B-INSTRUCT")]
    [InlineData("智谱AI", "智谱ai")]                     // a word with CJK and ASCII
    [InlineData("Ministral Größe", "MINISTRAL GRÖßE")]  // ö/Ö fold through the constant, ß has no simple upper case
    [InlineData("Ελληνικό μοντέλο", "ΕΛΛΗΝΙΚΌ ΜΟΝΤΈΛΟ")]
    [InlineData("Модель-7B", "модель-7b")]
    [InlineData("\U00010428\U00010429x", "\U00010400\U00010401X")] // Deseret letters: surrogate pairs with case
    [InlineData("Qwen", "QWEN")]                                      // 4: the vector hash's shortest
    [InlineData("Llama-3", "lLAMA-3")]                                // 7: two words in one vector
    [InlineData("Mixtral 8x22B v1", "MIXTRAL 8X22b V1")]              // 16: two vectors, no overlap
    [InlineData("DeepSeek-R1-Distill", "deepseek-r1-distill")]        // 19: four vectors
    [InlineData("Meta-Llama-3.1-405B-Instruct-FP8", "meta-llama-3.1-405b-instruct-fp8")] // 32: the vector hash's longest
    [InlineData("Meta-Llama-3.1-405B-Instruct-FP8x", "META-llama-3.1-405b-INSTRUCT-fp8X")] // 33: words again
    [InlineData("abcdefghiΣklmnopqrstuvwxyz", "abcdefghiσklmnopqrstuvwxyz")]            // 26: outside ASCII where only the second vector reads
    [InlineData("abcdefghijklmnopqΣstuvwxyz012345", "ABCDEFGHIJKLMNOPQσSTUVWXYZ012345")] // 32: outside ASCII where only the third vector reads
    public void Names_equal_ignoring_case_hash_alike(string left, string right)
    {
        Assert.True(string.Equals(left, right, StringComparison.OrdinalIgnoreCase), "the pair itself must be equal");
        Assert.Equal(NameHash.Of(left), NameHash.Of(right));
        Assert.Equal(NameHash.OfWords(left), NameHash.OfWords(right)); // the hash of processors without AES
    }

    [Fact]
    public void Random_names_and_their_case_variants_hash_alike()
    {
        const string alphabet = "abcXYZ019 .-_@`[{ÀàÉéÖößΣσςЖжДд中文模型한국ＡａǅǄǆ";
        var random = new Random(20261126);
        for (int i = 0; i < 20_000; i++)
        {
            var name = new char[random.Next(0, 40)];
            for (int k = 0; k < name.Length; k++)
            {
                name[k] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(name);
            foreach (string variant in new[] { text.ToUpperInvariant(), text.ToLowerInvariant(), Flip(text, random) })
            {
                if (string.Equals(text, variant, StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(NameHash.Of(text) == NameHash.Of(variant), $"'{text}' and '{variant}'");
                    Assert.True(NameHash.OfWords(text) == NameHash.OfWords(variant), $"'{text}' and '{variant}', word by word");
                }
            }
        }
    }

    [Fact]
    public void The_shipped_catalogs_names_all_hash_differently()
    {
        var names = Models.All.SelectMany(Keys)
            .Concat(Organizations.All.SelectMany(Keys))
            .Concat(Templates.All.SelectMany(Keys))
            .Select(name => name.ToUpperInvariant())
            .Distinct()
            .ToList();

        Assert.True(names.Count > 400, $"{names.Count} names");
        Assert.Empty(names.GroupBy(name => NameHash.Of(name)).Where(group => group.Count() > 1).Select(group => string.Join(" | ", group)));
        Assert.Empty(names.GroupBy(name => NameHash.OfWords(name)).Where(group => group.Count() > 1).Select(group => string.Join(" | ", group)));
    }

    [Theory]
    [InlineData("m{0:D5}")]                      // 6 characters: the vector hash's two-word vector
    [InlineData("model-{0:D6}")]                 // 12: two overlapping vectors
    [InlineData("Model {0:D6} Chat")]            // 17: four vectors
    [InlineData("organization-{0:D6}-research")] // 28: four overlapping vectors
    [InlineData("a-very-long-synthetic-model-name-{0:D6}")] // 39: words
    public void Names_that_differ_only_inside_a_word_hash_differently(string format)
    {
        // Synthetic ids share prefixes and suffixes; every character is in the hash, not a sample of them. Both
        // hashes: the one this processor uses, and the word-by-word one of processors without AES.
        var names = Enumerable.Range(0, 100_000).Select(i => string.Format(CultureInfo.InvariantCulture, format, i)).ToList();
        int distinct = names.Select(name => NameHash.Of(name)).Distinct().Count();
        int distinctWords = names.Select(name => NameHash.OfWords(name)).Distinct().Count();

        // 100,000 random 32-bit hashes collide about once; a weak mix collides by the thousand.
        Assert.True(distinct >= 99_990, $"{100_000 - distinct} collisions in 100,000 names like '{names[1]}'");
        Assert.True(distinctWords >= 99_990, $"{100_000 - distinctWords} collisions word by word in 100,000 names like '{names[1]}'");
    }

    [Fact]
    public void The_vector_hash_takes_ASCII_names_of_4_to_32_characters_where_AES_is_available()
    {
        Assert.Equal(System.Runtime.Intrinsics.X86.Aes.IsSupported, VectorNameHash.IsSupported);
        Assert.False(VectorNameHash.TryHash("Yi3", out _));
        Assert.False(VectorNameHash.TryHash(new string('x', 33), out _));
        Assert.False(VectorNameHash.TryHash("智谱AI GLM-4", out _)); // outside ASCII: word by word
        Assert.Equal(VectorNameHash.IsSupported, VectorNameHash.TryHash("Qwen", out _));
        Assert.Equal(VectorNameHash.IsSupported, VectorNameHash.TryHash(new string('x', 32), out _));
    }

    private static IEnumerable<string> Keys(ICatalogEntry entry) => new[] { entry.Slug, entry.Name }.Concat(entry.Aliases);

    private static string Flip(string text, Random random)
    {
        char[] characters = text.ToCharArray();
        for (int i = 0; i < characters.Length; i++)
        {
            if (random.Next(2) == 0)
            {
                characters[i] = char.IsUpper(characters[i]) ? char.ToLowerInvariant(characters[i]) : char.ToUpperInvariant(characters[i]);
            }
        }

        return new string(characters);
    }
}
