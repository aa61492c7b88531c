using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Benchmarks.Lookup;

/// <summary>
/// The inputs of the name → id benchmarks, <see cref="Count"/> per case, taken from the shipped catalog in catalog
/// order (cycled when a case has fewer). Each side gets inputs it can answer: the generated lookup and the
/// dictionaries know ids, names and aliases ("llama-3", "Llama 3", "Llama 3.1"); <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// knows only the C# names of <see cref="ModelId"/> ("Llama3") and nothing like an alias.
/// </summary>
internal static class LookupInputs
{
    public const int Count = 64;

    /// <summary>Ids and names as written in the catalog.</summary>
    public static string[] ExactCase() => Take(Models.All.SelectMany(m => new[] { m.Slug, m.Name }));

    /// <summary>The same ids and names in another case (upper case where the original has a lower-case letter, else lower case).</summary>
    public static string[] OtherCase() => ExactCase().Select(Swap).ToArray();

    /// <summary>Aliases as written.</summary>
    public static string[] Aliases() => Take(Models.All.SelectMany(m => m.Aliases));

    /// <summary>Names that are in no table: near misses of real names (a suffix, a typo) and unrelated words.</summary>
    public static string[] Misses()
    {
        string[] names = Models.All.Select(m => m.Name).ToArray();
        var misses = new List<string>();
        for (int i = 0; misses.Count < Count; i++)
        {
            string name = names[i % names.Length];
            string candidate = (i % 4) switch
            {
                0 => name + " Ultra",
                1 => "x" + name,
                2 => name.Length > 2 ? name.Substring(0, name.Length - 1) + "#" : name + "#",
                _ => "unknown-model-" + ((char)('a' + (i % 26))),
            };
            if (!Models.TryFind(candidate, out _) && !Enum.TryParse<ModelId>(candidate, ignoreCase: true, out _))
            {
                misses.Add(candidate);
            }
        }

        return misses.ToArray();
    }

    /// <summary>The C# names of <see cref="ModelId"/> as declared.</summary>
    public static string[] EnumExactCase() => Take(Enum.GetNames<ModelId>());

    /// <summary>The C# names of <see cref="ModelId"/> in another case.</summary>
    public static string[] EnumOtherCase() => EnumExactCase().Select(Swap).ToArray();

    /// <summary>The dictionaries' contents: every id, name and alias, the first owner of a name keeps it (as the generated index does).</summary>
    public static Dictionary<string, ModelId> Entries()
    {
        var entries = new Dictionary<string, ModelId>(StringComparer.OrdinalIgnoreCase);
        foreach (Model model in Models.All)
        {
            entries.TryAdd(model.Slug, model.Id);
            entries.TryAdd(model.Name, model.Id);
            foreach (string alias in model.Aliases)
            {
                entries.TryAdd(alias, model.Id);
            }
        }

        return entries;
    }

    /// <summary>
    /// Copies, not the catalog's own string instances: a user's input is never the same object as the catalog's
    /// key, and comparisons that check references first would otherwise skip their work here.
    /// </summary>
    private static string[] Take(IEnumerable<string> source)
    {
        string[] all = source.ToArray();
        return Enumerable.Range(0, Count).Select(i => new string(all[i % all.Length].AsSpan())).ToArray();
    }

    /// <summary>For each input, the catalog key it must match (the same text ignoring case, another instance).</summary>
    public static string[] MatchingKeys(string[] inputs)
    {
        // The dictionary ignores case, so its own key for an input is the catalog's spelling of it.
        Dictionary<string, ModelId> entries = Entries();
        return inputs.Select(input => entries.Keys.First(key => string.Equals(key, input, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    private static string Swap(string s) => s.Any(char.IsLower) ? s.ToUpperInvariant() : s.ToLowerInvariant();
}
