namespace ModelCatalog.Generator.Diagnostics;

/// <summary>How bad a catalog problem is; maps one to one onto the compiler's severities.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
