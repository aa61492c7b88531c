namespace ModelCatalog.Generator.Parsing;

/// <summary>The three tables of a catalog.</summary>
public enum TableKind
{
    Organizations,
    Templates,
    Models,
}
