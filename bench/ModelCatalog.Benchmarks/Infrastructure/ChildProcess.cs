using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>
/// Runs this benchmark program again as a fresh process (<c>--child NAME ARGS</c>) and reads back the one result it
/// prints: first-access and cold figures need a process that has not run anything else, and peak memory needs a
/// process of its own per catalog size.
/// </summary>
internal static class ChildProcess
{
    public const string Flag = "--child";
    private const string ResultPrefix = "RESULT ";

    public static T Run<T>(string name, params string[] args)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string host = Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.ArgumentList.Add(Flag);
        start.ArgumentList.Add(name);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The child's own settings must be the parent's: no tiered-compilation switches, the same GC.
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string? line = output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"child '{name} {string.Join(' ', args)}' failed (exit {process.ExitCode}):\n{output}\n{errors.Result}");
        }

        return JsonSerializer.Deserialize<T>(line.Substring(ResultPrefix.Length))!;
    }

    public static void Report<T>(T result) => Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
}
