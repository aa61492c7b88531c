namespace ModelCatalog.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the tool in-process, as a script would (redirected) or as a person would (on a terminal).</summary>
public static class Tool
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static CliResult Run(params string[] args) => RunIn(AppContext.BaseDirectory, args);

    public static CliResult RunIn(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = CliApp.Run(args, CliEnvironment.Redirected(stdout, stderr, currentDirectory));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunOnTerminal(int width, bool color, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, IsTerminal: true, Width: width, UseColor: color, AppContext.BaseDirectory);
        int exitCode = CliApp.Run(args, environment);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The first column of each table row: the ids a redirected table lists, header left out.</summary>
    public static string[] FirstColumn(CliResult result) =>
        result.OutLines.Skip(1).Select(l => l.Split(' ', 2)[0]).ToArray();
}
