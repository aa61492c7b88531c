namespace ModelCatalog.Cli;

/// <summary>The tool's exit codes, as scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (validate: the tables are clean).</summary>
    public const int Success = 0;

    /// <summary>The command ran but the answer is "no": an unknown name, tables with problems, a file that cannot be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a value that cannot be read.</summary>
    public const int Usage = 2;
}
