using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ModelCatalog.Lookup;

/// <summary>Read-only views for the records' lists, so that no caller can change the catalog's shared arrays.</summary>
internal static class Lists
{
    public static IReadOnlyList<T> ReadOnly<T>(T[] items) =>
        items.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>(items);

    /// <summary>
    /// A read-only view made on first use. Lists of value types each need their own generic code and types, which a
    /// fresh process pays for in JIT time; made lazily, a first access to the catalog pays only for what it reads.
    /// </summary>
    public static IReadOnlyList<T> View<T>(ref IReadOnlyList<T>? cache, T[] items) => cache ??= ReadOnly(items);

    /// <summary>The ids of linked models, made on first use (a list of a value type: see <see cref="View{T}"/>).</summary>
    public static IReadOnlyList<ModelId> IdsOf(ref IReadOnlyList<ModelId>? cache, Model[] models)
    {
        if (cache is null)
        {
            var ids = new ModelId[models.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = models[i].Id;
            }

            cache = ReadOnly(ids);
        }

        return cache;
    }

    public static IReadOnlyList<Uri> Uris(ref IReadOnlyList<Uri>? cache, string[] urls)
    {
        if (cache is null)
        {
            var uris = new Uri[urls.Length];
            for (int i = 0; i < urls.Length; i++)
            {
                uris[i] = new Uri(urls[i], UriKind.Absolute);
            }

            cache = ReadOnly(uris);
        }

        return cache;
    }

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>(Array.Empty<T>());
    }
}
