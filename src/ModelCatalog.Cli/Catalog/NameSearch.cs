using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Cli.Catalog;

/// <summary>How a search hit matched, best first; the score orders hits within one kind of match.</summary>
internal enum MatchKind
{
    Exact,
    Normalized,
    Prefix,
    Substring,
    Fuzzy,
}

/// <summary>One entry found by <see cref="NameSearch"/>, with the name it was found by.</summary>
internal sealed record SearchHit(AnyEntry Entry, string MatchedName, MatchKind Match, int Score);

/// <summary>
/// Ranks catalog entries against free text over their ids, names and aliases. Case, spaces and punctuation do not
/// count ("llama3" finds "Llama 3"), and small typos are tolerated ("mistrel" finds "Mistral") with the same edit
/// distance the generator's did-you-mean uses.
/// </summary>
internal static class NameSearch
{
    public static IReadOnlyList<SearchHit> Search(string query, IEnumerable<AnyEntry> entries)
    {
        string trimmed = query.Trim();
        string normalizedQuery = Normalize(trimmed);
        if (normalizedQuery.Length == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (AnyEntry entry in entries)
        {
            SearchHit? best = null;
            foreach (string key in entry.Keys)
            {
                if (Score(trimmed, normalizedQuery, key) is (MatchKind match, int score)
                    && (best is null || score > best.Score))
                {
                    best = new SearchHit(entry, key, match, score);
                }
            }

            if (best is not null)
            {
                hits.Add(best);
            }
        }

        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entry.Kind)
            .ThenBy(h => h.Entry.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Lower case letters and digits only: the form names are compared in.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Scores leave room below each kind of match for the length difference, so that among prefix matches the
    // closest in length ranks first ("llama" before "llama-3" before "llama-3.2-vision").
    private static (MatchKind, int)? Score(string query, string normalizedQuery, string key)
    {
        if (string.Equals(query, key, StringComparison.OrdinalIgnoreCase))
        {
            return (MatchKind.Exact, 1000);
        }

        string normalizedKey = Normalize(key);
        if (normalizedKey.Length == 0)
        {
            return null;
        }

        int lengthGap = Math.Min(Math.Abs(normalizedKey.Length - normalizedQuery.Length), 99);
        if (normalizedKey == normalizedQuery)
        {
            return (MatchKind.Normalized, 900);
        }

        if (normalizedKey.StartsWith(normalizedQuery, StringComparison.Ordinal))
        {
            // "qwen2.5" is a prefix of "Qwen2.5-VL" but not, in any useful sense, of "Qwen2-57B".
            return SplitsNumber(key, normalizedQuery.Length)
                ? (MatchKind.Substring, 600 - lengthGap)
                : (MatchKind.Prefix, 800 - lengthGap);
        }

        if (normalizedKey.Contains(normalizedQuery, StringComparison.Ordinal))
        {
            return (MatchKind.Substring, 600 - lengthGap);
        }

        int tolerance = TypoTolerance(normalizedQuery.Length);
        if (tolerance == 0)
        {
            return null;
        }

        int distance = FuzzyDistance(normalizedQuery, normalizedKey);
        return distance <= tolerance ? (MatchKind.Fuzzy, 400 - (100 * distance) - lengthGap) : null;
    }

    /// <summary>Whether the first <paramref name="letters"/> letters and digits of the key end inside a number.</summary>
    private static bool SplitsNumber(string key, int letters)
    {
        int seen = 0;
        for (int i = 0; i < key.Length; i++)
        {
            if (!char.IsLetterOrDigit(key[i]))
            {
                continue;
            }

            if (seen == letters)
            {
                int last = i - 1;
                while (last >= 0 && !char.IsLetterOrDigit(key[last]))
                {
                    last--;
                }

                return last >= 0 && char.IsDigit(key[last]) && char.IsDigit(key[i]);
            }

            seen++;
        }

        return false;
    }

    /// <summary>Short queries must be spelt right: one typo in three letters matches nearly everything.</summary>
    private static int TypoTolerance(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>The distance to the whole key or to its beginning, so a misspelt prefix ("mixtrl") still finds "mixtral-8x7b".</summary>
    private static int FuzzyDistance(string query, string key)
    {
        int best = Suggestions.Distance(query, key);
        for (int length = query.Length - 1; length <= query.Length + 1; length++)
        {
            if (length > 0 && length < key.Length)
            {
                best = Math.Min(best, Suggestions.Distance(query, key.Substring(0, length)));
            }
        }

        return best;
    }
}
