using System;
using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Cli.Catalog;

/// <summary>Finds the entries a name stands for, exactly as the runtime's TryFind does (id, name or alias, any case).</summary>
internal static class EntryLookup
{
    /// <summary>Every entry, of any kind (or of <paramref name="kind"/>), that <paramref name="name"/> names, in kind order.</summary>
    public static IReadOnlyList<AnyEntry> FindExact(string name, EntryKind? kind = null)
    {
        var found = new List<AnyEntry>();
        if ((kind is null or EntryKind.Model) && Models.TryFind(name, out Model? model))
        {
            found.Add(new AnyEntry(EntryKind.Model, model));
        }

        if ((kind is null or EntryKind.Organization) && Organizations.TryFind(name, out Organization? organization))
        {
            found.Add(new AnyEntry(EntryKind.Organization, organization));
        }

        if ((kind is null or EntryKind.Template) && Templates.TryFind(name, out Template? template))
        {
            found.Add(new AnyEntry(EntryKind.Template, template));
        }

        if ((kind is null or EntryKind.Checkpoint) && Checkpoints.TryFind(name, out Checkpoint? checkpoint))
        {
            found.Add(new AnyEntry(EntryKind.Checkpoint, checkpoint));
        }

        // An id beats a display name: "llama3" is the template's id even if a model were also called that.
        return found.OrderBy(e => e.Slug == name.ToLowerInvariant() ? 0 : 1).ThenBy(e => e.Kind).ToList();
    }

    /// <summary>
    /// " Did you mean ...?" with up to three entries, closest first, or nothing: the build's did-you-mean routine
    /// (<see cref="Suggestions.Within"/>) over each entry's id, name and aliases.
    /// </summary>
    public static string DidYouMean(string name, IEnumerable<AnyEntry> candidates)
    {
        List<string> close = candidates
            .Select(e => (Entry: e, Distance: e.Keys.Select(k => Suggestions.Within(name, k)).Min()))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Entry.Kind)
            .ThenBy(c => c.Entry.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(c => $"'{c.Entry.Slug}' ({c.Entry.KindWord} {c.Entry.Name})")
            .ToList();
        return close.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", close) + "?";
    }
}
