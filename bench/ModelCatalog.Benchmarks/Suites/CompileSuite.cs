using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Benchmarks.Infrastructure;

namespace ModelCatalog.Benchmarks.Suites;

/// <summary>
/// What the generated catalog costs the compiler: parse the generated files and compile them with the runtime's
/// sources (<see cref="CSharpCompilation.Emit(Stream, Stream?, Stream?, Stream?, IEnumerable{ResourceDescription}?, EmitOptions?, IMethodSymbol?, Stream?, IEnumerable{EmbeddedText}?, Stream?, System.Threading.CancellationToken)"/>
/// to a MemoryStream, with the XML documentation file, as the project builds), per catalog size, each size in a
/// fresh process. The first compile in the process is "cold" (Roslyn itself not yet JIT-compiled); "warm" is the
/// best of the later ones. Memory: bytes the compile allocated, managed memory the compilation holds when done,
/// and the process's peak working set.
/// </summary>
internal static class CompileSuite
{
    public const string Name = "ModelCatalog.Benchmarks.Suites.Compile";

    public sealed record Result(
        string Size,
        int Models,
        long GeneratedChars,
        int GeneratedLines,
        int FillMethods,
        int LargestMethodChars,
        double ColdMs,
        double WarmParseMs,
        double WarmEmitMs,
        double WarmMs,
        double WarmCpuMs,
        long AllocatedBytes,
        long RetainedBytes,
        long PeakWorkingSet,
        long BaselineWorkingSet,
        long IlBytes,
        long XmlBytes,
        int Repeats,
        string Errors);

    public static void Run(IReadOnlyList<string> sizes, Func<string, int> repeats)
    {
        var results = sizes.Select(size => ChildProcess.Run<Result>("compile", size, repeats(size).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Result? thousand = results.FirstOrDefault(r => r.Size == "1000");
        string Growth(Result r) => thousand is null || r.Size == "shipped" ? "" : (r.WarmMs / thousand.WarmMs).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + "x";
        string PerModel(Result r) => (r.WarmMs * 1000 / r.Models).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        string table = Report.Table(
            ["catalog", "generated C# (lines)", "fill methods (largest)", "cold compile", "warm: parse + emit = total", "warm CPU", "warm vs 1k", "µs per model", "allocated", "peak working set (at start)", "IL / XML doc"],
            results.Select(r => (IReadOnlyList<string>)
            [
                r.Size, $"{Report.Mb(r.GeneratedChars * 2)} MB ({Report.Int(r.GeneratedLines)})", $"{r.FillMethods} ({Report.Int(r.LargestMethodChars / 1024)} KB)",
                Report.Ms(r.ColdMs), $"{Report.Ms(r.WarmParseMs)} + {Report.Ms(r.WarmEmitMs)} = **{Report.Ms(r.WarmMs)}**", Report.Ms(r.WarmCpuMs), Growth(r), PerModel(r),
                $"{Report.Mb(r.AllocatedBytes)} MB", $"{Report.Mb(r.PeakWorkingSet)} MB ({Report.Mb(r.BaselineWorkingSet)} MB)",
                $"{Report.Mb(r.IlBytes)} / {Report.Mb(r.XmlBytes)} MB",
            ]));
        string body = $"Times in ms; warm is the best of the compiles after the first ({string.Join("/", results.Select(r => r.Repeats - 1))} by size; with one compile, warm is that cold one); \"CPU\" is the process's CPU time for that compile (all threads: Emit compiles methods in parallel). Compile = parse the three generated files + " +
                      "CSharpCompilation.Emit (bind, lower, IL, XML docs) of runtime sources + generated code, Release, nullable enabled, .NET 10 references. " +
                      "Allocated: by the last compile (GC.GetTotalAllocatedBytes); peak working set: the child process's, whole run (generator run + all compiles).\n\n" + table;
        foreach (Result failed in results.Where(r => r.Errors.Length > 0))
        {
            body += $"\n**The {failed.Size} catalog does not compile**: {failed.Errors}\n";
        }

        Report.Write("Compile", "Compile cost of the generated code", body);
    }

    public static void Child(string size, int repeats)
    {
        long baseline = Environment.WorkingSet;
        CatalogTables tables = CatalogTables.ForSize(size);
        ImmutableArray<SyntaxTree> runtime = RoslynHost.ParseRuntimeSources();

        // The generated files, made once (the generator's cost is the other suite's).
        GeneratorDriver driver = RoslynHost.CreateDriver(tables.Files(), trackSteps: false).RunGenerators(RoslynHost.Compilation(runtime));
        (string HintName, SourceText Text)[] generated = driver.GetRunResult().Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToArray();
        string all = string.Concat(generated.Select(g => g.Text.ToString()));
        int fills = Regex.Matches(all, @"private static void fill\d+\(").Count;
        int largest = LargestFillMethod(generated.Select(g => g.Text.ToString()));
        driver = null!;

        var times = new List<(double Parse, double Emit, double Cpu)>();
        string errors = string.Empty;
        long allocated = 0, retained = 0, il = 0, xml = 0;
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            double cpu = CpuClock.ProcessMs();
            long start = Stopwatch.GetTimestamp();
            SyntaxTree[] trees = generated.Select(g => CSharpSyntaxTree.ParseText(g.Text, RoslynHost.ParseOptions, "/generated/" + g.HintName)).ToArray();
            double parse = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            CSharpCompilation compilation = RoslynHost.Compilation(runtime.AddRange(trees));
            using var pe = new MemoryStream();
            using var doc = new MemoryStream();
            EmitResult emit = compilation.Emit(pe, xmlDocumentationStream: doc);
            double emitMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu = CpuClock.ProcessMs() - cpu;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Diagnostic[] problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            if (problems.Length > 0)
            {
                // Reported, not thrown: a catalog too large to compile is a finding (e.g. CS8103, the user-string heap).
                errors = $"{problems.Length} errors/warnings, " + string.Join("; ", problems.GroupBy(d => d.Id).Select(g => $"{g.Count()} x {g.Key}: {g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            GC.KeepAlive(compilation);
            il = pe.Length;
            xml = doc.Length;
            times.Add((parse, emitMs, cpu));
            if (errors.Length > 0)
            {
                break; // a failing compile is measured once
            }
        }

        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        var warm = times.Skip(1).OrderBy(t => t.Parse + t.Emit).FirstOrDefault(times[0]);
        ChildProcess.Report(new Result(
            size, tables.ModelCount, all.Length, all.Count(c => c == '\n'), fills, largest,
            times[0].Parse + times[0].Emit, warm.Parse, warm.Emit, warm.Parse + warm.Emit, warm.Cpu,
            allocated, retained, self.PeakWorkingSet64, baseline, il, xml, times.Count, errors));
    }

    private static int LargestFillMethod(IEnumerable<string> files)
    {
        int largest = 0;
        foreach (string file in files)
        {
            string[] lines = file.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains("private static void fill", StringComparison.Ordinal))
                {
                    continue;
                }

                int end = i + 1;
                string indent = lines[i].Substring(0, lines[i].Length - lines[i].TrimStart().Length);
                while (end < lines.Length && lines[end].TrimEnd('\r') != indent + "}")
                {
                    end++;
                }

                largest = Math.Max(largest, lines.Skip(i).Take(end - i + 1).Sum(l => l.Length + 1));
            }
        }

        return largest;
    }
}
