using System;

namespace ModelCatalog.Metadata;

/// <summary>
/// The names of a catalog entry, on its id's enum member (<c>ModelId.Llama3</c>): its slug, display name and aliases.
/// Analyzers and source generators read them from symbols, without loading the assembly; the slug is also the text
/// the enum value is derived from (see data/README.md).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CatalogEntryAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="slug">The entry's id as the tables write it (<c>llama-3</c>).</param>
    /// <param name="name">Its display name (<c>Llama 3</c>).</param>
    public CatalogEntryAttribute(string slug, string name)
    {
        Slug = slug;
        Name = name;
    }

    /// <summary>The entry's id as the tables write it (<c>llama-3</c>).</summary>
    public string Slug { get; }

    /// <summary>Its display name.</summary>
    public string Name { get; }

    /// <summary>The other names it is found by.</summary>
    public string[] Aliases { get; set; } = Array.Empty<string>();
}
