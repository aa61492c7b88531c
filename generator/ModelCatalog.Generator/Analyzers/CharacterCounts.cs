using System;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// How often each character occurs in a lowered text, in 32 buckets: a cheap lower bound of the edit distance that
/// lets the analyzer skip most names before <see cref="Catalog.Suggestions"/> weighs the rest. An insertion or a
/// deletion changes the counts by one, a substitution by two, a swap by none, so half the difference of two texts'
/// counts never exceeds their distance; merging characters into buckets only lowers it. The same suggestion comes
/// out, sooner (docs/benchmarks.md, "Lookup analyzer": a typo weighed against every repository id).
/// </summary>
internal readonly struct CharacterCounts
{
    private const int Buckets = 32;
    private readonly int[] _counts;

    private CharacterCounts(int[] counts) => _counts = counts;

    /// <summary>The counts of the text lowered as <see cref="Catalog.Suggestions"/> lowers it.</summary>
    public static CharacterCounts Of(string text)
    {
        var counts = new int[Buckets];
        foreach (char c in text.ToLowerInvariant())
        {
            counts[c % Buckets]++;
        }

        return new CharacterCounts(counts);
    }

    /// <summary>A number no larger than the edit distance between the two texts, ignoring case.</summary>
    public int DistanceAtLeast(CharacterCounts other)
    {
        int difference = 0;
        for (int i = 0; i < Buckets; i++)
        {
            difference += Math.Abs(_counts[i] - other._counts[i]);
        }

        return (difference + 1) / 2;
    }
}
