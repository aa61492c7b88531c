using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>Markdown tables for the suites that BenchmarkDotNet does not run, printed and saved beside its own reports.</summary>
internal static class Report
{
    public static string ArtifactsDirectory => Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts", "results");

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header)).AppendLine(" |");
        text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).AppendLine();
        foreach (IReadOnlyList<string> row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row)).AppendLine(" |");
        }

        return text.ToString();
    }

    public static void Write(string suite, string title, string body)
    {
        string text = $"## {title}\n\n{Machine()}\n\n{body}\n";
        Console.WriteLine();
        Console.WriteLine(text);
        Directory.CreateDirectory(ArtifactsDirectory);
        File.WriteAllText(Path.Combine(ArtifactsDirectory, $"ModelCatalog.Benchmarks.{suite}-report.md"), text);
    }

    public static string Machine()
    {
        string cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        string memory = ReadFirst("/proc/meminfo", "MemTotal") ?? "?";
        string roslyn = typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "?";
        return $"Machine: {cpu}, {Environment.ProcessorCount} logical cores, MemTotal {memory}; {RuntimeInformation.OSDescription}; " +
               $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}); Roslyn {roslyn}; " +
               $"Server GC {System.Runtime.GCSettings.IsServerGC}; load average when this ran: {LoadAverage()}.";
    }

    public static string Ms(double ms) => ms >= 100 ? ms.ToString("N0", CultureInfo.InvariantCulture)
        : ms >= 10 ? ms.ToString("N1", CultureInfo.InvariantCulture)
        : ms.ToString("N2", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture);

    public static string Int(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg): how busy the shared machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? ReadFirst(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        string? line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
    }
}
