using System.Diagnostics;

namespace ModelCatalog.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the built tool (ModelCatalog.Cli.dll beside the tests) in a real process: redirected to pipes, as a script
/// runs it, or on a pseudo-terminal made by util-linux `script`, as a person runs it. Only a real process shows
/// what Console, NO_COLOR and the exit code really do.
/// </summary>
public static class ToolProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    private static string ToolDll => Path.Combine(AppContext.BaseDirectory, "ModelCatalog.Cli.dll");

    /// <summary>Standard output and error redirected to pipes.</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { ToolDll } };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Start(start, environment);
    }

    /// <summary>
    /// On a pseudo-terminal: `script` gives the tool a terminal for its standard streams and returns its exit code
    /// (-e); what the terminal showed comes back as <see cref="CliResult.Out"/> (output and errors together).
    /// </summary>
    public static CliResult RunOnTerminal(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        string command = string.Join(' ', new[] { "dotnet", ToolDll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { ArgumentList = { "--quiet", "--return", "--command", command, "/dev/null" } };
        return Start(start, environment);
    }

    private static CliResult Start(ProcessStartInfo start, IReadOnlyDictionary<string, string?> environment)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = AppContext.BaseDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} took longer than {s_timeout}");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
