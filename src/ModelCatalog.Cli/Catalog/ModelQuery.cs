using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Cli.Catalog;

/// <summary>How <c>list</c> orders models.</summary>
internal enum ModelSort
{
    Name,
    Date,
    Size,
}

/// <summary>
/// The filters of <c>list</c>. Values of one filter are alternatives (<c>--org meta --org google</c>: either);
/// different filters must all hold. An empty filter lets everything through.
/// </summary>
internal sealed record ModelQuery
{
    public IReadOnlyList<Organization> Organizations { get; init; } = [];

    public IReadOnlyList<Template> Templates { get; init; } = [];

    /// <summary>Models built on one of these, directly or through other models.</summary>
    public IReadOnlyList<Model> BaseModels { get; init; } = [];

    public IReadOnlyList<Language> Languages { get; init; } = [];

    public IReadOnlyList<Modality> Modalities { get; init; } = [];

    public IReadOnlyList<Architecture> Architectures { get; init; } = [];

    /// <summary><c>true</c>: open weights only; <c>false</c>: closed only; <c>null</c>: both (and unknown).</summary>
    public bool? OpenWeights { get; init; }

    public long? MinParameters { get; init; }

    public long? MaxParameters { get; init; }

    /// <summary>Inclusive: a release on or after the first day of this date.</summary>
    public ReleaseDate? ReleasedAfter { get; init; }

    /// <summary>Exclusive: a release before the first day of this date.</summary>
    public ReleaseDate? ReleasedBefore { get; init; }

    public bool Matches(Model model) =>
        (Organizations.Count == 0 || Organizations.Contains(model.Organization))
        && (Templates.Count == 0 || model.Templates.Any(Templates.Contains))
        && (BaseModels.Count == 0 || Ancestors(model).Any(BaseModels.Contains))
        && (Languages.Count == 0 || model.Languages.Any(Languages.Contains))
        && (Modalities.Count == 0 || Modalities.Any(m => model.Modalities.HasFlag(m)))
        && (Architectures.Count == 0 || (model.Architecture is Architecture a && Architectures.Contains(a)))
        && (OpenWeights is null || model.OpenWeights == OpenWeights)
        && MatchesSize(model)
        && MatchesRelease(model);

    public IEnumerable<Model> Apply(IEnumerable<Model> models) => models.Where(Matches);

    public static IReadOnlyList<Model> Sort(IEnumerable<Model> models, ModelSort sort, bool reverse)
    {
        // Models without a date or size go last whichever way the rest is sorted: they cannot be placed.
        List<Model> sorted = sort switch
        {
            ModelSort.Date => OrderWithUnknownLast(models, m => m.FirstReleased, reverse),
            ModelSort.Size => OrderWithUnknownLast(models, LargestSize, reverse),
            _ => reverse
                ? models.OrderByDescending(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList()
                : models.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList(),
        };
        return sorted;
    }

    /// <summary>The largest known size of a model, or null when none is known.</summary>
    public static ParameterCount? LargestSize(Model model) =>
        model.Sizes.Where(s => s.IsKnown).Select(s => (ParameterCount?)s).Max();

    private static List<Model> OrderWithUnknownLast<TKey>(IEnumerable<Model> models, Func<Model, TKey?> key, bool reverse)
        where TKey : struct, IComparable<TKey>
    {
        var known = models.Where(m => key(m) is not null);
        var ordered = reverse
            ? known.OrderByDescending(m => key(m)!.Value).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            : known.OrderBy(m => key(m)!.Value).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase);
        return ordered.Concat(models.Where(m => key(m) is null).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    // A size matches when the span it stands for meets the asked range; for a family given as a range
    // ("125M-175B"), any overlap counts.
    private bool MatchesSize(Model model)
    {
        if (MinParameters is null && MaxParameters is null)
        {
            return true;
        }

        return model.Sizes.Any(s => s.IsKnown
            && (MinParameters is not long min || s.Parameters >= min)
            && (MaxParameters is not long max || s.MinimumParameters <= max));
    }

    private bool MatchesRelease(Model model)
    {
        if (ReleasedAfter is null && ReleasedBefore is null)
        {
            return true;
        }

        return model.Releases.Any(r =>
            (ReleasedAfter is not ReleaseDate after || r.Date.Start >= after.Start)
            && (ReleasedBefore is not ReleaseDate before || r.Date.Start < before.Start));
    }

    private static IEnumerable<Model> Ancestors(Model model)
    {
        var seen = new HashSet<Model>();
        for (Model? current = model.BaseModel; current is not null && seen.Add(current); current = current.BaseModel)
        {
            yield return current;
        }
    }
}
