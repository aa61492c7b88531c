using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using ModelCatalog.Benchmarks.Infrastructure;

namespace ModelCatalog.Benchmarks.Suites;

/// <summary>
/// First access: what a fresh process pays the first time it touches the catalog (loading ModelCatalog.dll,
/// JIT-compiling the generated initialisers, creating every record, building the name indexes). Each launch is a
/// new process that does nothing else; a Stopwatch is around each first touch, in this order: loading the assembly
/// and the <c>Models</c> type, <c>Models.Count</c> (the model records), <c>Models.All</c> (adds the name index), the
/// first <c>Models.TryFind</c>, then Organizations and Templates (their records and indexes): the sum is the whole
/// catalog. <see cref="System.Runtime.JitInfo"/> tells how much of it was JIT compiling.
/// </summary>
internal static class FirstAccessSuite
{
    public const string Name = "ModelCatalog.Benchmarks.Suites.FirstAccess";

    public sealed record Launch(
        double Load, double Records, double Index, double FirstTryFind, double OtherTables, double Total, double TotalCpu, long AllocatedBytes,
        long JitMethods, double JitMs);

    public static void Run(int launches)
    {
        var results = new List<Launch>();
        for (int i = 0; i < launches; i++)
        {
            results.Add(ChildProcess.Run<Launch>("first-access"));
        }

        string Stat(Func<Launch, double> pick) =>
            $"{Report.Ms(Report.Median(results.Select(pick)))} ({Report.Ms(results.Min(pick))} – {Report.Ms(results.Max(pick))})";

        string[][] rows =
        [
            ["load ModelCatalog.dll and its Models type (no initialiser runs)", Stat(r => r.Load)],
            ["then Models.Count: create the model records", Stat(r => r.Records)],
            ["then Models.All: build the models' name index", Stat(r => r.Index)],
            ["then the first Models.TryFind(\"llama 3\")", Stat(r => r.FirstTryFind)],
            ["then Organizations, Templates and Checkpoints: All and a TryFind each (a checkpoint by its Hugging Face id)", Stat(r => r.OtherTables)],
            ["**whole catalog (sum, loading included)**", "**" + Stat(r => r.Total) + "**"],
            ["whole catalog, CPU time of the thread", Stat(r => r.TotalCpu)],
            ["of which JIT compiling (System.Runtime.JitInfo, this thread)", Stat(r => r.JitMs) + $" for {Report.Median(results.Select(r => (double)r.JitMethods)):0} methods"],
        ];
        string body = $"{launches} fresh processes (`--child first-access`), Stopwatch around each first touch; median (min – max) in ms. " +
                      $"Allocated by the whole first access: {Report.Int(results[0].AllocatedBytes)} bytes.\n\n" +
                      Report.Table(["first access, in a fresh process", "ms"], rows);
        Report.Write("FirstAccess", "First access (static initialisation of the shipped catalog)", body);
    }

    /// <summary>The child: nothing of the catalog is loaded before the first Stopwatch.</summary>
    public static void Child()
    {
        CpuClock.ThreadMs(); // the clock's own first call, outside the measurement
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        double cpu = CpuClock.ThreadMs();
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        long tLoad = Stopwatch.GetTimestamp();
        nint loaded = TouchAssembly();
        long t0 = Stopwatch.GetTimestamp();
        int count = TouchRecords();
        long t1 = Stopwatch.GetTimestamp();
        int all = TouchIndex();
        long t2 = Stopwatch.GetTimestamp();
        bool found = TouchTryFind();
        long t3 = Stopwatch.GetTimestamp();
        int others = TouchOtherTables();
        long t4 = Stopwatch.GetTimestamp();
        cpu = CpuClock.ThreadMs() - cpu;
        jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods;
        jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitTime;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (loaded == 0 || count == 0 || all != count || !found || others == 0)
        {
            throw new InvalidOperationException("the catalog is empty or Models.TryFind(\"llama 3\") failed");
        }

        ChildProcess.Report(new Launch(
            Stopwatch.GetElapsedTime(tLoad, t0).TotalMilliseconds,
            Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds,
            Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds,
            Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds,
            Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds,
            Stopwatch.GetElapsedTime(tLoad, t4).TotalMilliseconds,
            cpu,
            allocated,
            jitMethods,
            jitTime.TotalMilliseconds));
    }

    // Each touch in its own method, so that what compiling it loads is timed with it. The first only loads the
    // assembly and the Models type: reading its name runs no static initialiser.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint TouchAssembly() => typeof(Models).TypeHandle.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchRecords() => Models.Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchIndex() => Models.All.Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TouchTryFind() => Models.TryFind("llama 3", out Model? _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchOtherTables() =>
        Organizations.All.Count + Templates.All.Count + Checkpoints.All.Count
        + (Organizations.TryFind("meta", out Organization? _) ? 1 : 0) + (Templates.TryFind("llama3", out Template? _) ? 1 : 0)
        + (Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out Checkpoint? _) ? 1 : 0);
}
