using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ModelCatalog.Metadata;

namespace ModelCatalog;

/// <summary>
/// The catalog's checkpoints: one property per checkpoint (generated from data/checkpoints.csv), and lookups by id,
/// name, Hugging Face id or ModelScope id. <c>Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out var c)</c>, then
/// <c>c.Templates[0].Render(messages)</c>.
/// </summary>
public static partial class Checkpoints
{
    // Private members start in lower case so that no generated property (always upper case or "_") can collide.
    private static readonly Checkpoint[] s_items = BuiltInCatalog.Records.Checkpoints.Items;

    /// <summary>Every checkpoint, in catalog order (the order of the data table's rows).</summary>
    public static IReadOnlyList<Checkpoint> All => BuiltInCatalog.Records.Checkpoints.All;

    /// <summary>The number of checkpoints.</summary>
    public static int Count => s_items.Length;

    /// <summary>The checkpoint with this id.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="CheckpointId"/>.</exception>
    public static Checkpoint Get(CheckpointId id) => BuiltInCatalog.Records.Checkpoints.Get(id);

    /// <summary>
    /// Finds a checkpoint by its id (<c>qwen2.5-7b-instruct</c>), name, Hugging Face id (current or former) or
    /// ModelScope id, ignoring case. Allocates nothing.
    /// </summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? idOrNameOrRepository, [NotNullWhen(true)] out Checkpoint? checkpoint) =>
        BuiltInCatalog.Records.Checkpoints.TryFind(idOrNameOrRepository, out checkpoint);

#if NET
    /// <summary>Finds a checkpoint by its id, name or repository id in a span of characters, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> idOrNameOrRepository, [NotNullWhen(true)] out Checkpoint? checkpoint) =>
        BuiltInCatalog.Records.Checkpoints.TryFind(idOrNameOrRepository, out checkpoint);
#endif
}
