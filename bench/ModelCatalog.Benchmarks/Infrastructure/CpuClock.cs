using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, nanosecond resolution) and
/// of the whole process. On a shared machine the wall clock also counts the time other processes held the cores;
/// the CPU clocks count only the work done here, so both are reported.
/// </summary>
internal static partial class CpuClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>The calling thread's CPU time in ms, or NaN where the clock is not available.</summary>
    public static double ThreadMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return clock_gettime(ClockThreadCpuTime, out TimeSpec time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    /// <summary>All threads of this process (JIT, GC and the compiler's parallel work included), in ms.</summary>
    public static double ProcessMs()
    {
        using Process self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
