using System;
using System.Collections.Generic;

namespace ModelCatalog.Generator.Catalog;

/// <summary>
/// Finds the closest known value to a misspelt one, for "did you mean" in messages: the one routine of the build's
/// diagnostics and the CLI (which compiles this file in), and of an analyzer to come. The distance is the optimal
/// string alignment distance: insertions, deletions, substitutions and swaps of two neighbours count one each.
/// </summary>
public static class Suggestions
{
    /// <summary>Values longer than this get no suggestion: nobody mistypes a paragraph into an id.</summary>
    private const int MaxLength = 64;

    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            if (Within(value, candidate) is int distance
                && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The distance between <paramref name="value"/> and <paramref name="candidate"/>, ignoring case, when it is small
    /// enough for a suggestion: one edit per three characters, at least one ("mtea" finds "meta", "lamma-3" finds
    /// "llama-3", but "xx" does not find "ar"); otherwise <see langword="null"/>.
    /// </summary>
    public static int? Within(string value, string candidate)
    {
        int limit = Limit(value);
        // The distance is at least the difference in length: skip what cannot be within the limit.
        if (value.Length > MaxLength || Math.Abs(candidate.Length - value.Length) > limit)
        {
            return null;
        }

        int distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
        return distance <= limit ? distance : null;
    }

    /// <summary>The largest distance at which a candidate is suggested for <paramref name="value"/>.</summary>
    public static int Limit(string value) => Math.Max(1, (value.Length + 1) / 3);

    /// <summary>" did you mean 'x'?" or nothing.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is string match ? $"; did you mean '{match}'?" : string.Empty;

    /// <summary>The optimal string alignment distance (Levenshtein with adjacent transpositions: "mtea" is one step from "meta").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
