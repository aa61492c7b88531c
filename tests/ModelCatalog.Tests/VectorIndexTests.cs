using ModelCatalog.Lookup;

namespace ModelCatalog.Tests;

/// <summary>
/// A table starts with the word-hashed index and moves to the vector-hashed one after
/// <see cref="CatalogTable{T}.LookupsBeforeVectorHash"/> lookups: both must answer every query exactly alike.
/// </summary>
public sealed class VectorIndexTests
{
    [Theory]
    [InlineData("models")]
    [InlineData("organizations")] // names outside ASCII too: the vector hash leaves them to the word hash
    [InlineData("templates")]
    public void The_word_and_vector_indexes_answer_alike(string table)
    {
        CatalogEntry[] entries = table switch
        {
            "models" => Models.All.ToArray(),
            "organizations" => Organizations.All.ToArray(),
            _ => Templates.All.ToArray(),
        };
        NameIndex words = NameIndex.For(entries), vectors = VectorNameIndex.Build(entries);
        List<string> queries = Queries(entries);
        Assert.True(queries.Count > 200, $"{queries.Count} queries");

        Assert.Equal(!VectorNameHash.IsSupported, words.Final); // without AES the word hash is the final one
        Assert.True(vectors.Final);
        Assert.All(queries, query =>
        {
            bool found = words.TryGetValue(query, out int byWords);
            Assert.Equal(found, vectors.TryGetValue(query, out int byVectors));
            Assert.Equal(byWords, byVectors);
        });

        // And both agree with the definition: every id, name and alias finds its first owner in any case.
        Assert.All(entries.SelectMany(Keys), key =>
        {
            int owner = Array.FindIndex(entries, entry => Keys(entry).Contains(key, StringComparer.OrdinalIgnoreCase));
            Assert.True(words.TryGetValue(key.ToUpperInvariant(), out int byWords) && byWords == owner, key);
            Assert.True(vectors.TryGetValue(key.ToLowerInvariant(), out int byVectors) && byVectors == owner, key);
        });
    }

    [Fact]
    public void A_table_moves_to_the_vector_hash_after_its_threshold_and_still_answers()
    {
        var table = new CatalogTable<Model>(Models.All.ToArray());
        Assert.Equal(!VectorNameHash.IsSupported, table.HasFinalIndex);
        for (int i = 1; i < CatalogTable<Model>.LookupsBeforeVectorHash; i++)
        {
            Assert.False(table.TryFind("no such model", out _));
        }

        Assert.Equal(!VectorNameHash.IsSupported, table.HasFinalIndex); // one lookup short
        Assert.True(table.TryFind("LLAMA 3", out Model? model));
        Assert.Equal(ModelId.Llama3, model.Id);
        Assert.True(table.HasFinalIndex);
        Assert.True(table.TryFind("llama-3", out model));
        Assert.Equal(ModelId.Llama3, model.Id);
        Assert.False(table.TryFind("no such model", out _));
    }

    [Fact]
    public void Spans_and_strings_share_the_count()
    {
        var table = new CatalogTable<Model>(Models.All.ToArray());
        for (int i = 0; i < CatalogTable<Model>.LookupsBeforeVectorHash; i++)
        {
            Assert.True(i % 2 == 0 ? table.TryFind("llama 3", out Model? _) : table.TryFind("LLAMA-3".AsSpan(), out Model? _));
        }

        Assert.True(table.HasFinalIndex);
        Assert.True(table.TryFind("Llama 3".AsSpan(), out Model? model));
        Assert.Equal(ModelId.Llama3, model.Id);
    }

    /// <summary>Every key in three cases, and near misses of each (a character more, less or changed), of every length.</summary>
    private static List<string> Queries(IEnumerable<CatalogEntry> entries)
    {
        var names = new List<string>();
        foreach (string key in entries.SelectMany(Keys))
        {
            names.Add(key);
            names.Add(key.ToUpperInvariant());
            names.Add(key.ToLowerInvariant());
            names.Add(key + "x");
            names.Add(key.Substring(0, key.Length - 1));
            names.Add(key.Substring(0, key.Length - 1) + (char)(key[^1] ^ 1));
        }

        return names;
    }

    private static IEnumerable<string> Keys(CatalogEntry entry) => new[] { entry.Slug, entry.Name }.Concat(entry.Aliases);
}
