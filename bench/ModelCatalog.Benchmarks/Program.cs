using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ModelCatalog.Benchmarks.Infrastructure;
using ModelCatalog.Benchmarks.Lookup;
using ModelCatalog.Benchmarks.Suites;

namespace ModelCatalog.Benchmarks;

/// <summary>
/// Entry point. <c>--filter PATTERN...</c> chooses benchmarks the BenchmarkDotNet way (globs over full names) for
/// both the BenchmarkDotNet classes (lookups) and the suites this program runs itself in fresh processes (first
/// access, generator, compile); <c>--short</c> is the quick run. Every other argument goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    private static readonly string[] FullSizes = ["shipped", "1000", "10000", "100000"];
    private static readonly string[] ShortSizes = ["shipped", "1000", "10000"];

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildProcess.Flag)
        {
            return RunChild(args);
        }

        return RunParent(args);
    }

    private static int RunChild(string[] args)
    {
        switch (args[1])
        {
            case "first-access":
                FirstAccessSuite.Child();
                break;
            case "generator":
                GeneratorSuite.Child(args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
                break;
            case "compile":
                CompileSuite.Child(args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
                break;
            default:
                Console.Error.WriteLine("unknown child " + args[1]);
                return 2;
        }

        return 0;
    }

    private static int RunParent(string[] args)
    {
        var rest = new List<string>(args);
        bool quick = rest.Remove("--short");
        string[] sizes = Take(rest, "--sizes")?.Split(',') ?? (quick ? ShortSizes : FullSizes);
        List<string> filters = Filters(rest);
        if (filters.Count == 0)
        {
            if (!quick && !rest.Contains("--list"))
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 0 : 1;
            }

            filters.Add("*");
        }

        Console.WriteLine(Report.Machine());
        Type[] classes = [typeof(NameLookupBenchmarks), typeof(IdLookupBenchmarks)];
        bool runLookups = classes.Any(c => c.GetMethods().Any(m => Matches(filters, $"{c.FullName}.{m.Name}")));
        if (runLookups || rest.Contains("--list"))
        {
            IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
            if (quick)
            {
                // Minutes matter more than precision here: no separate build (in-process), one warmup and three
                // iterations of 100 ms each (ShortRun's counts with shorter iterations).
                config = config.AddJob(Job.ShortRun
                    .WithWarmupCount(1)
                    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithId("Short"));
            }

            var bdnArgs = new List<string>(rest) { "--filter" };
            bdnArgs.AddRange(filters);
            BenchmarkSwitcher.FromTypes(classes).Run(bdnArgs.ToArray(), config);
        }

        if (rest.Contains("--list"))
        {
            Console.WriteLine(FirstAccessSuite.Name + "\n" + GeneratorSuite.Name + "\n" + CompileSuite.Name);
            return 0;
        }

        if (Matches(filters, FirstAccessSuite.Name))
        {
            FirstAccessSuite.Run(quick ? 10 : 40);
        }

        if (Matches(filters, GeneratorSuite.Name))
        {
            GeneratorSuite.Run(sizes, size => size switch { "100000" => 3, "10000" => quick ? 2 : 5, _ => quick ? 3 : 15 });
        }

        if (Matches(filters, CompileSuite.Name))
        {
            CompileSuite.Run(sizes, size => size switch { "100000" => 2, "10000" => quick ? 1 : 3, _ => quick ? 3 : 5 });
        }

        return 0;
    }

    private const string Usage = """
        ModelCatalog benchmarks (docs/benchmarks.md).
          --filter '*'                 everything: lookups (BenchmarkDotNet), first access, generator, compile
          --filter '*Lookup*'          only the BenchmarkDotNet lookup benchmarks (any BenchmarkDotNet option works too)
          --filter '*Suites.Generator' '*Suites.Compile' '*Suites.FirstAccess'   one of the suites run in fresh processes
          --short                      quick run: ShortRun in-process job, sizes shipped/1k/10k, fewer repeats (filter '*' unless given)
          --sizes shipped,1000,10000   catalog sizes for the generator and compile suites
          --list flat                  list the benchmarks
        """;

    private static string? Take(List<string> args, string name)
    {
        int i = args.IndexOf(name);
        if (i < 0 || i + 1 >= args.Count)
        {
            return null;
        }

        string value = args[i + 1];
        args.RemoveRange(i, 2);
        return value;
    }

    private static List<string> Filters(List<string> args)
    {
        var filters = new List<string>();
        int i = args.IndexOf("--filter");
        if (i < 0)
        {
            return filters;
        }

        int end = i + 1;
        while (end < args.Count && !args[end].StartsWith("--", StringComparison.Ordinal))
        {
            filters.Add(args[end]);
            end++;
        }

        args.RemoveRange(i, end - i);
        return filters;
    }

    // BenchmarkDotNet's glob: '*' any text, '?' one character, case-insensitive, over the full name.
    private static bool Matches(IEnumerable<string> filters, string fullName) =>
        filters.Any(f => Regex.IsMatch(fullName, "^" + Regex.Escape(f).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase));
}
