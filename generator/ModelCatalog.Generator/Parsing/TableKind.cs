namespace ModelCatalog.Generator.Parsing;

/// <summary>The tables of a catalog: three required, checkpoints optional.</summary>
public enum TableKind
{
    Organizations,
    Templates,
    Models,
    Checkpoints,
}
