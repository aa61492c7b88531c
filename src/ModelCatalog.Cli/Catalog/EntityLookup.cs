using System;
using System.Collections.Generic;
using System.Linq;
using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Cli.Catalog;

/// <summary>Finds the entries a name stands for, exactly as the runtime's TryFind does (id, name or alias, any case).</summary>
internal static class EntityLookup
{
    /// <summary>Every entry, of any kind (or of <paramref name="kind"/>), that <paramref name="name"/> names, in kind order.</summary>
    public static IReadOnlyList<CatalogEntity> FindExact(string name, EntityKind? kind = null)
    {
        var found = new List<CatalogEntity>();
        if ((kind is null or EntityKind.Model) && Models.TryFind(name, out Model? model))
        {
            found.Add(new CatalogEntity(EntityKind.Model, model));
        }

        if ((kind is null or EntityKind.Organization) && Organizations.TryFind(name, out Organization? organization))
        {
            found.Add(new CatalogEntity(EntityKind.Organization, organization));
        }

        if ((kind is null or EntityKind.Template) && Templates.TryFind(name, out Template? template))
        {
            found.Add(new CatalogEntity(EntityKind.Template, template));
        }

        if ((kind is null or EntityKind.Checkpoint) && Checkpoints.TryFind(name, out Checkpoint? checkpoint))
        {
            found.Add(new CatalogEntity(EntityKind.Checkpoint, checkpoint));
        }

        // An id beats a display name: "llama3" is the template's id even if a model were also called that.
        return found.OrderBy(e => e.Slug == name.ToLowerInvariant() ? 0 : 1).ThenBy(e => e.Kind).ToList();
    }

    /// <summary>
    /// " Did you mean ...?" with up to three entries, closest first, or nothing: the build's did-you-mean routine
    /// (<see cref="Suggestions.Within"/>) over each entry's id, name and aliases.
    /// </summary>
    public static string DidYouMean(string name, IEnumerable<CatalogEntity> candidates)
    {
        List<string> close = candidates
            .Select(e => (Entity: e, Distance: e.Keys.Select(k => Suggestions.Within(name, k)).Min()))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Entity.Kind)
            .ThenBy(c => c.Entity.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(c => $"'{c.Entity.Slug}' ({c.Entity.KindWord} {c.Entity.Name})")
            .ToList();
        return close.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", close) + "?";
    }
}
