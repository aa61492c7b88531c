using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Lookup;

namespace ModelCatalog;

/// <summary>
/// The catalog's checkpoints: one property per checkpoint (generated from data/checkpoints.csv), and lookups by id,
/// name, Hugging Face id or ModelScope id. <c>Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out var c)</c>, then
/// <c>c.Templates[0].Render(messages)</c>.
/// </summary>
public static partial class Checkpoints
{
    /// <summary>Every checkpoint, in catalog order (the order of <see cref="CheckpointId"/>).</summary>
    public static IReadOnlyList<Checkpoint> All => lazyTable.Value.All;

    /// <summary>The number of checkpoints.</summary>
    public static int Count => s_items.Length;

    /// <summary>The checkpoint with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="CheckpointId"/>.</exception>
    public static Checkpoint Get(CheckpointId id) =>
        (uint)id < (uint)s_items.Length ? s_items[(int)id] : throw CatalogTable<Checkpoint>.NotDefined(id);

    /// <summary>
    /// Finds a checkpoint by its id (<c>qwen2.5-7b-instruct</c>), name, Hugging Face id (current or former) or
    /// ModelScope id, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? idOrNameOrRepository, [NotNullWhen(true)] out Checkpoint? checkpoint) =>
        lazyTable.Value.TryFind(idOrNameOrRepository, out checkpoint);

#if NET
    /// <summary>Finds a checkpoint by its id, name or repository id in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> idOrNameOrRepository, [NotNullWhen(true)] out Checkpoint? checkpoint) =>
        lazyTable.Value.TryFind(idOrNameOrRepository, out checkpoint);
#endif

    /// <summary>The checkpoints of a model, in catalog order.</summary>
    internal static IReadOnlyList<Checkpoint> OfModel(ModelId model) => lazyRelations.ByModel[(int)model];

    /// <summary>The checkpoints that use a template (by their own templates, else their model's), in catalog order.</summary>
    internal static IReadOnlyList<Checkpoint> OfTemplate(TemplateId template) => lazyRelations.ByTemplate[(int)template];

    // Nested classes so that each is built on first use, after the generated records exist. Private members start
    // in lower case so that no generated property (always upper case or "_") can collide.
    private static class lazyTable
    {
        internal static readonly CatalogTable<Checkpoint> Value = new(s_items);
    }

    private static class lazyRelations
    {
        internal static readonly IReadOnlyList<Checkpoint>[] ByModel = Group(global::ModelCatalog.Models.Count, c => new[] { (int)c.ModelId });

        internal static readonly IReadOnlyList<Checkpoint>[] ByTemplate = Group(global::ModelCatalog.Templates.Count, TemplatesOf);

        private static int[] TemplatesOf(Checkpoint checkpoint)
        {
            IReadOnlyList<Template> templates = checkpoint.Templates;
            var ids = new int[templates.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = (int)templates[i].Id;
            }

            return ids;
        }

        private static IReadOnlyList<Checkpoint>[] Group(int count, Func<Checkpoint, int[]> keys)
        {
            var buckets = new List<Checkpoint>?[count];
            foreach (Checkpoint checkpoint in s_items)
            {
                foreach (int key in keys(checkpoint))
                {
                    (buckets[key] ??= new List<Checkpoint>()).Add(checkpoint);
                }
            }

            var lists = new IReadOnlyList<Checkpoint>[count];
            for (int i = 0; i < count; i++)
            {
                lists[i] = Lists.ReadOnly(buckets[i]?.ToArray() ?? Array.Empty<Checkpoint>());
            }

            return lists;
        }
    }
}
