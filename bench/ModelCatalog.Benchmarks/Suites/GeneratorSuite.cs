using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Benchmarks.Infrastructure;
using ModelCatalog.Generator;

namespace ModelCatalog.Benchmarks.Suites
{
    /// <summary>
    /// The generator's own time, as the compiler reports it (<see cref="GeneratorDriver.GetTimingInfo"/>), per catalog
    /// size, each size in a fresh process:
    /// <list type="bullet">
    /// <item>cold: the first run in the process (the generator, CsvHelper and the driver not yet JIT-compiled);</item>
    /// <item>warm: later runs of the same driver after all three tables changed (a row added or removed), so that
    /// every table is parsed again, linked and emitted: the full cost with a warm JIT;</item>
    /// <item>after an unrelated C# edit (a syntax tree added to the compilation): should re-run nothing;</item>
    /// <item>after one CSV edit (models.csv gains or loses a row): only that table is parsed again.</item>
    /// </list>
    /// Step times (Parse, Link, Emit) come from the driver's step tracking, in separate runs, since tracking costs time.
    /// </summary>
    internal static class GeneratorSuite
    {
        public const string Name = "ModelCatalog.Benchmarks.Suites.Generator";

        private static readonly string[] Steps = [TrackingNames.Parse, TrackingNames.Collect, TrackingNames.Link, TrackingNames.Catalog, TrackingNames.Emit, TrackingNames.Diagnostics];

        public sealed record Result(
            string Size,
            int Models,
            int Rows,
            long InputBytes,
            long OutputChars,
            double ColdMs,
            double ColdWallMs,
            double ColdCpuMs,
            double WarmMs,
            double WarmMinMs,
            double WarmWallMs,
            double WarmCpuMs,
            double ParseMs,
            double LinkMs,
            double EmitMs,
            long WarmAllocatedBytes,
            double CsharpEditMs,
            string CsharpEditReasons,
            double CsvEditMs,
            string CsvEditReasons,
            string CsvEditParse,
            int Repeats);

        public static void Run(IReadOnlyList<string> sizes, Func<string, int> repeats)
        {
            var results = sizes.Select(size => ChildProcess.Run<Result>("generator", size, repeats(size).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Result? thousand = results.FirstOrDefault(r => r.Size == "1000");
            string Growth(Result r) => thousand is null || r.Size == "shipped" ? "" : (r.WarmMs / thousand.WarmMs).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + "x";

            string table1 = Report.Table(
                ["catalog", "models (rows in all tables)", "CSV in → C# out", "cold, 1st run (wall; thread CPU)", "warm (min)", "warm wall; thread CPU", "warm vs 1k", "Parse / Link / Emit (tracked)", "allocated per warm run"],
                results.Select(r => (IReadOnlyList<string>)
                [
                    r.Size, $"{Report.Int(r.Models)} ({Report.Int(r.Rows)})", $"{Report.Mb(r.InputBytes)} MB → {Report.Mb(r.OutputChars * 2)} MB",
                    $"{Report.Ms(r.ColdMs)} ({Report.Ms(r.ColdWallMs)}; {Report.Ms(r.ColdCpuMs)})", $"**{Report.Ms(r.WarmMs)}** ({Report.Ms(r.WarmMinMs)})", $"{Report.Ms(r.WarmWallMs)}; {Report.Ms(r.WarmCpuMs)}", Growth(r),
                    $"{Report.Ms(r.ParseMs)} / {Report.Ms(r.LinkMs)} / {Report.Ms(r.EmitMs)}", $"{Report.Mb(r.WarmAllocatedBytes)} MB",
                ]));
            string table2 = Report.Table(
                ["catalog", "unrelated C# edit: ms", "steps' outputs", "one CSV edit (models.csv): ms", "steps' outputs", "Parse outputs (organizations, templates, models)"],
                results.Select(r => (IReadOnlyList<string>)
                [
                    r.Size, Report.Ms(r.CsharpEditMs), r.CsharpEditReasons, Report.Ms(r.CsvEditMs), r.CsvEditReasons, r.CsvEditParse,
                ]));
            string body = $"GeneratorDriver.GetTimingInfo().ElapsedTime in ms (the generator's time as the compiler reports it), median of {string.Join("/", results.Select(r => r.Repeats))} runs (by size) unless said; " +
                          "\"wall\" is the whole RunGenerators call (driver bookkeeping, hashing the added sources). Each size in its own fresh process. " +
                          "Synthetic catalogs: N models, N/4 organizations, N/4 templates, every column filled.\n\n" + table1 +
                          "\nIncremental runs (median; step tracking on): reasons of every step's outputs.\n\n" + table2;
            Report.Write("Generator", "Generator run time (CSharpGeneratorDriver, GetTimingInfo)", body);
        }

        public static void Child(string size, int repeats)
        {
            CatalogTables tables = CatalogTables.ForSize(size);
            CSharpCompilation compilation = RoslynHost.Compilation(RoslynHost.ParseRuntimeSources());
            AdditionalText[] files = tables.Files();
            AdditionalText[] changed = Changed(tables).Files();
            int rows = CatalogTables.CountRows(tables.Organizations) + CatalogTables.CountRows(tables.Templates) + CatalogTables.CountRows(tables.Models) + CatalogTables.CountRows(tables.Checkpoints);

            // Cold: the first run in this process.
            GeneratorDriver driver = RoslynHost.CreateDriver(files, trackSteps: false);
            CpuClock.ThreadMs();
            double cpu = CpuClock.ThreadMs();
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            double coldWall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double coldCpu = CpuClock.ThreadMs() - cpu;
            double cold = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
            GeneratorDriverRunResult first = driver.GetRunResult();
            Check(first, size);
            long outputChars = first.Results[0].GeneratedSources.Sum(s => (long)s.SourceText.Length);

            // Warm: all three tables change on every run (alternating between the two versions).
            var state = (AdditionalText[])files.Clone();
            var warm = new List<double>();
            var warmWall = new List<double>();
            var warmCpu = new List<double>();
            var allocated = new List<long>();
            for (int i = 0; i < repeats; i++)
            {
                driver = Flip(driver, state, files, changed, 0, 1, 2);
                long before = GC.GetTotalAllocatedBytes(precise: true);
                cpu = CpuClock.ThreadMs();
                start = Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(compilation);
                warmWall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                warmCpu.Add(CpuClock.ThreadMs() - cpu);
                allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
                warm.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                Check(driver.GetRunResult(), size);
            }

            // Step times and incremental runs: a driver that tracks its steps, warmed up by one run.
            state = (AdditionalText[])files.Clone();
            GeneratorDriver tracked = RoslynHost.CreateDriver(files, trackSteps: true).RunGenerators(compilation);
            var parse = new List<double>();
            var link = new List<double>();
            var emit = new List<double>();
            var csharp = new List<double>();
            var csv = new List<double>();
            string csharpReasons = string.Empty, csvReasons = string.Empty, csvParse = string.Empty;
            for (int i = 0; i < repeats; i++)
            {
                // Full change, for the step breakdown.
                tracked = Flip(tracked, state, files, changed, 0, 1, 2).RunGenerators(compilation);
                GeneratorRunResult full = tracked.GetRunResult().Results[0];
                parse.Add(StepMs(full, TrackingNames.Parse));
                link.Add(StepMs(full, TrackingNames.Link));
                emit.Add(StepMs(full, TrackingNames.Emit));

                // An unrelated C# edit.
                CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"internal static class Unrelated{i} {{ }}", RoslynHost.ParseOptions));
                tracked = tracked.RunGenerators(edited);
                csharp.Add(tracked.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                csharpReasons = Reasons(tracked.GetRunResult().Results[0]);

                // One CSV edit: only models.csv flips between its two versions.
                tracked = Flip(tracked, state, files, changed, 2).RunGenerators(compilation);
                GeneratorRunResult oneCsv = tracked.GetRunResult().Results[0];
                csv.Add(tracked.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                csvReasons = Reasons(oneCsv);
                csvParse = string.Join(", ", oneCsv.TrackedSteps[TrackingNames.Parse].Select(s => s.Outputs.Single().Reason));
                Check(tracked.GetRunResult(), size);
            }

            ChildProcess.Report(new Result(
                size, tables.ModelCount, rows, tables.Bytes, outputChars,
                cold, coldWall, coldCpu, Report.Median(warm), warm.Min(), Report.Median(warmWall), Report.Median(warmCpu),
                Report.Median(parse), Report.Median(link), Report.Median(emit), (long)Report.Median(allocated.Select(a => (double)a)),
                Report.Median(csharp), csharpReasons, Report.Median(csv), csvReasons, csvParse, repeats));
        }

        /// <summary>The same catalog with one more valid row in each table: a change that forces a re-run.</summary>
        public static CatalogTables Changed(CatalogTables tables)
        {
            string organization = FirstId(tables.Organizations);
            return tables with
            {
                Organizations = WithRow(tables.Organizations, "zz-extra-org,Extra Organization,,,,,https://example.com/extra,"),
                Templates = WithRow(tables.Templates, "zz-extra-template,Extra Template,,,,,{{content}},{{content}},,,,text,,,,https://example.com/extra,"),
                Models = WithRow(tables.Models, $"zz-extra-model,Extra Model,,{organization},,,,,,text,,,,https://example.com/extra,"),
            };
        }

        /// <summary>Replaces the tables at these indexes by their other version; <paramref name="state"/> holds what the driver has.</summary>
        private static GeneratorDriver Flip(GeneratorDriver driver, AdditionalText[] state, AdditionalText[] a, AdditionalText[] b, params int[] indexes)
        {
            foreach (int i in indexes)
            {
                AdditionalText next = ReferenceEquals(state[i], a[i]) ? b[i] : a[i];
                driver = driver.ReplaceAdditionalText(state[i], next);
                state[i] = next;
            }

            return driver;
        }

        private static double StepMs(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].Sum(s => s.ElapsedTime.TotalMilliseconds);

        private static string Reasons(GeneratorRunResult result)
        {
            var counts = Steps.Where(result.TrackedSteps.ContainsKey)
                .SelectMany(s => result.TrackedSteps[s].SelectMany(r => r.Outputs.Select(o => o.Reason)))
                .GroupBy(r => r)
                .OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key}");
            return string.Join(", ", counts);
        }

        private static void Check(GeneratorDriverRunResult run, string size)
        {
            GeneratorRunResult result = run.Results.Single();
            ImmutableArray<Diagnostic> problems = result.Diagnostics;
            if (result.Exception is not null || problems.Length > 0 || result.GeneratedSources.Length != 4)
            {
                throw new InvalidOperationException($"the {size} catalog did not generate cleanly: {result.Exception?.Message} " +
                    string.Join("\n", problems.Take(10)));
            }
        }

        private static string WithRow(string csv, string row) => csv.EndsWith('\n') ? csv + row + "\n" : csv + "\n" + row + "\n";

        private static string FirstId(string csv)
        {
            string line = csv.Split('\n')[1];
            return line.Substring(0, line.IndexOf(',', StringComparison.Ordinal));
        }
    }
}
