using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ModelCatalog.Benchmarks.Lookup;

/// <summary>
/// Name → model, per lookup (each benchmark looks up <see cref="LookupInputs.Count"/> inputs; the figures are
/// divided by that). One category per kind of input; FrozenDictionary is the baseline of each, so Ratio reads
/// "times FrozenDictionary" (the budget of issue 13: TryFind, itself a FrozenDictionary read through its span lookup,
/// within 1.25x of one queried by string, 0 B). Enum.TryParse gets the C# names it knows ("Llama3"), the others ids and names
/// ("llama-3", "Llama 3"); it has no aliases, so it has no Alias row. The Floor row of each hit category is not a
/// lookup: it only compares each input with the key it matches (<see cref="StringComparison.OrdinalIgnoreCase"/>),
/// which every correct lookup must do once for a hit, so no lookup can be much faster than it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NameLookupBenchmarks
{
    private const int N = LookupInputs.Count;

    private string[] _exact = [];
    private string[] _other = [];
    private string[] _aliases = [];
    private string[] _misses = [];
    private string[] _enumExact = [];
    private string[] _enumOther = [];
    private string[] _exactKeys = [];
    private string[] _otherKeys = [];
    private string[] _aliasKeys = [];
    private Dictionary<string, ModelId> _dictionary = new();
    private FrozenDictionary<string, ModelId> _frozen = FrozenDictionary<string, ModelId>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _exact = LookupInputs.ExactCase();
        _other = LookupInputs.OtherCase();
        _aliases = LookupInputs.Aliases();
        _misses = LookupInputs.Misses();
        _enumExact = LookupInputs.EnumExactCase();
        _enumOther = LookupInputs.EnumOtherCase();
        _exactKeys = LookupInputs.MatchingKeys(_exact);
        _otherKeys = LookupInputs.MatchingKeys(_other);
        _aliasKeys = LookupInputs.MatchingKeys(_aliases);
        _dictionary = LookupInputs.Entries();
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // Every side answers its hits and rejects its misses, or the comparison means nothing.
        Check(TryFind(_exact) == N && TryFind(_other) == N && TryFind(_aliases) == N && TryFind(_misses) == 0, "Models.TryFind");
        Check(TryFindSpan(_exact) == N && TryFindSpan(_other) == N && TryFindSpan(_aliases) == N && TryFindSpan(_misses) == 0, "Models.TryFind(span)");
        Check(Dict(_dictionary, _exact) == N && Dict(_dictionary, _other) == N && Dict(_dictionary, _aliases) == N && Dict(_dictionary, _misses) == 0, "Dictionary");
        Check(Dict(_frozen, _exact) == N && Dict(_frozen, _other) == N && Dict(_frozen, _aliases) == N && Dict(_frozen, _misses) == 0, "FrozenDictionary");
        Check(EqualsOnly(_exact, _exactKeys) == N && EqualsOnly(_other, _otherKeys) == N && EqualsOnly(_aliases, _aliasKeys) == N, "the floor's pairs");
        Check(EnumParse(_enumExact) == N && EnumParse(_enumOther) == N && EnumParse(_misses) == 0, "Enum.TryParse");
    }

    // Exact case: ids and names as written ("llama-3", "Llama 3"); Enum.TryParse: C# names as declared ("Llama3").
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("1 exact case")]
    public int TryFind_Exact() => TryFind(_exact);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("1 exact case")]
    public int TryFindSpan_Exact() => TryFindSpan(_exact);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("1 exact case")]
    public int Dictionary_Exact() => Dict(_dictionary, _exact);

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("1 exact case")]
    public int Frozen_Exact() => Dict(_frozen, _exact);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("1 exact case")]
    public int Floor_Exact() => EqualsOnly(_exact, _exactKeys);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("1 exact case")]
    public int EnumTryParse_Exact() => EnumParse(_enumExact);

    // Other case: the same in upper (or lower) case ("LLAMA-3", "LLAMA 3"; "LLAMA3").
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("2 other case")]
    public int TryFind_OtherCase() => TryFind(_other);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("2 other case")]
    public int TryFindSpan_OtherCase() => TryFindSpan(_other);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("2 other case")]
    public int Dictionary_OtherCase() => Dict(_dictionary, _other);

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("2 other case")]
    public int Frozen_OtherCase() => Dict(_frozen, _other);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("2 other case")]
    public int Floor_OtherCase() => EqualsOnly(_other, _otherKeys);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("2 other case")]
    public int EnumTryParse_OtherCase() => EnumParse(_enumOther);

    // Aliases ("Llama 3.1"); Enum.TryParse has none.
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("3 alias")]
    public int TryFind_Alias() => TryFind(_aliases);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("3 alias")]
    public int TryFindSpan_Alias() => TryFindSpan(_aliases);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("3 alias")]
    public int Dictionary_Alias() => Dict(_dictionary, _aliases);

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("3 alias")]
    public int Frozen_Alias() => Dict(_frozen, _aliases);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("3 alias")]
    public int Floor_Alias() => EqualsOnly(_aliases, _aliasKeys);

    // Misses: the same inputs for every side (none is an id, name, alias or C# name).
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("4 miss")]
    public int TryFind_Miss() => TryFind(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("4 miss")]
    public int TryFindSpan_Miss() => TryFindSpan(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("4 miss")]
    public int Dictionary_Miss() => Dict(_dictionary, _misses);

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("4 miss")]
    public int Frozen_Miss() => Dict(_frozen, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("4 miss")]
    public int EnumTryParse_Miss() => EnumParse(_misses);

    private static int TryFind(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Models.TryFind(key, out Model? _))
            {
                found++;
            }
        }

        return found;
    }

    private static int TryFindSpan(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Models.TryFind(key.AsSpan(), out Model? _))
            {
                found++;
            }
        }

        return found;
    }

    // Concrete types, not IReadOnlyDictionary: no interface dispatch in the way.
    private static int Dict(Dictionary<string, ModelId> map, string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (map.TryGetValue(key, out ModelId _))
            {
                found++;
            }
        }

        return found;
    }

    private static int Dict(FrozenDictionary<string, ModelId> map, string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (map.TryGetValue(key, out ModelId _))
            {
                found++;
            }
        }

        return found;
    }

    private static int EqualsOnly(string[] inputs, string[] keys)
    {
        int found = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (string.Equals(inputs[i], keys[i], StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        return found;
    }

    private static int EnumParse(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Enum.TryParse(key, ignoreCase: true, out ModelId _))
            {
                found++;
            }
        }

        return found;
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(what + " does not answer its benchmark inputs as expected.");
        }
    }
}
