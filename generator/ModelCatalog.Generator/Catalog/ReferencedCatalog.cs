using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog;

/// <summary>
/// The built-in catalog as a consumer's compilation sees it: the names of every member of the referenced ModelCatalog
/// assembly's <c>OrganizationId</c>, <c>TemplateId</c>, <c>ModelId</c> and <c>CheckpointId</c>, read from their
/// <c>[CatalogEntry]</c> attributes (the generator reads them through symbols, never by loading the assembly:
/// <c>Inputs/ReferencedCatalogReader</c>). A value, so that an edit to unrelated C# gives an equal one and every later
/// step stays cached. Roslyn-free, so the command-line tool can build one from the catalog it carries.
/// </summary>
public sealed record ReferencedCatalog(
    bool Referenced,
    EquatableArray<KnownEntry> Organizations,
    EquatableArray<KnownEntry> Templates,
    EquatableArray<KnownEntry> Models,
    EquatableArray<KnownEntry> Checkpoints)
{
    /// <summary>Whether the consumer's compilation sees <c>NotNullWhenAttribute</c> (not in .NET Framework or netstandard2.0).</summary>
    public bool NotNullWhen { get; init; }

    /// <summary>The catalogs of other referenced assemblies (marked <c>[assembly: CatalogAssembly]</c>): their ids may not be taken either.</summary>
    public EquatableArray<OtherCatalog> Others { get; init; } = EquatableArray<OtherCatalog>.Empty;

    /// <summary>Why the names could not be read (an internal error), or null.</summary>
    public string? Failure { get; init; }

    /// <summary>No ModelCatalog assembly is referenced (or the names are not needed: a project without tables).</summary>
    public static readonly ReferencedCatalog None = new(
        false, EquatableArray<KnownEntry>.Empty, EquatableArray<KnownEntry>.Empty, EquatableArray<KnownEntry>.Empty, EquatableArray<KnownEntry>.Empty);
}

/// <summary>One entry of a referenced catalog: its slug, display name, aliases and enum value.</summary>
public sealed record KnownEntry(string Slug, string Name, EquatableArray<string> Aliases, int Value);

/// <summary>A consumer's catalog in another referenced assembly: its name and its entries per table (table order).</summary>
public sealed record OtherCatalog(string Assembly, EquatableArray<KnownEntry> Organizations, EquatableArray<KnownEntry> Templates, EquatableArray<KnownEntry> Models, EquatableArray<KnownEntry> Checkpoints);
