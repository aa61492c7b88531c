using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ModelCatalog.Benchmarks.Lookup;

/// <summary>
/// Id → record and id → name, per lookup (each benchmark reads <see cref="N"/> ids, the figures are divided by
/// that): the generated <see cref="Models.Get(ModelId)"/> against a FrozenDictionary and a Dictionary keyed by
/// the id, and the enum's own <c>ToString()</c> (its C# name, not the model's name).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IdLookupBenchmarks
{
    private const int N = 64;

    private ModelId[] _ids = [];
    private Dictionary<ModelId, Model> _dictionary = new();
    private FrozenDictionary<ModelId, Model> _frozen = FrozenDictionary<ModelId, Model>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        ModelId[] all = Enum.GetValues<ModelId>();
        _ids = Enumerable.Range(0, N).Select(i => all[(i * 7) % all.Length]).ToArray(); // spread over the table
        _dictionary = Models.All.ToDictionary(m => m.Id);
        _frozen = _dictionary.ToFrozenDictionary();
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("5 id to record")]
    public int Get()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += Models.Get(id).Slug.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("5 id to record")]
    public int Dictionary_Get()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += _dictionary[id].Slug.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("5 id to record")]
    public int Frozen_Get()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += _frozen[id].Slug.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("6 id to name")]
    public int Get_Name()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += Models.Get(id).Name.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N, Baseline = true), BenchmarkCategory("6 id to name")]
    public int Frozen_Name()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += _frozen[id].Name.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("6 id to name")]
    public int Enum_ToString()
    {
        int sum = 0;
        foreach (ModelId id in _ids)
        {
            sum += id.ToString().Length;
        }

        return sum;
    }
}
