using System;

namespace ModelCatalog.Cli;

/// <summary>
/// A problem the user can fix (a bad value, a missing folder). Printed as one line without a stack trace and
/// turned into its exit code; anything else that escapes a command is a bug in the tool.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException Failure(string message) => new(ExitCodes.Failure, message);
}
