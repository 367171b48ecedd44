using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ModelPolicies.Benchmarks.Roslyn;

/// <summary>
/// CPU time, not wall-clock time: what the current thread (or the whole process) has run on a core. On a shared machine
/// a wall-clock timer also counts the time a thread waits for a core (other processes, the hypervisor); CPU time
/// does not, so it resolves differences of a millisecond that wall-clock medians lose in the noise. Linux only
/// (<c>clock_gettime</c>); elsewhere <see cref="IsAvailable"/> is false and callers fall back to wall-clock time.
/// </summary>
public static class ThreadCpu
{
    private const int ClockProcessCpuTime = 2;
    private const int ClockThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds the calling thread has run; wall-clock nanoseconds where thread CPU time is unavailable.</summary>
    public static long ThreadNanoseconds() => IsAvailable ? Read(ClockThreadCpuTime) : WallNanoseconds();

    /// <summary>Nanoseconds all threads of this process have run (JIT, GC and thread-pool threads included).</summary>
    public static long ProcessNanoseconds() => IsAvailable ? Read(ClockProcessCpuTime) : (long)(Environment.CpuUsage.TotalTime.Ticks * 100);

    private static long WallNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ClockThreadCpuTime, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static long Read(int clock)
    {
        clock_gettime(clock, out var time);
        return time.Seconds * 1_000_000_000L + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
