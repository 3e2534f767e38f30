using BriefingBot.Benchmarks.Infrastructure;

namespace BriefingBot.Benchmarks.Http;

/// <summary>
/// What load runs measured: each turn's latency, elapsed time, how many turns failed or answered wrongly, and the
/// process CPU time and bytes allocated meanwhile (server and load generator together, in one process).
/// </summary>
public sealed record LoadResult(IReadOnlyList<double> LatenciesMs, TimeSpan Elapsed, int Errors, int Wrong, TimeSpan Cpu, long Allocated)
{
    /// <summary>Completed turns per second.</summary>
    public double TurnsPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>
    /// Process CPU time per completed turn, in microseconds. Unlike turns/s it hardly moves when other work shares
    /// the machine, so ratios of it are the steadier comparison on a busy box.
    /// </summary>
    public double CpuMicrosecondsPerTurn => Cpu.TotalMilliseconds * 1000 / Math.Max(1, LatenciesMs.Count);

    /// <summary>Several runs as one: turns, time, CPU and allocations added up.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> runs) => new(
        runs.SelectMany(r => r.LatenciesMs).ToList(), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)), runs.Sum(r => r.Errors), runs.Sum(r => r.Wrong),
        TimeSpan.FromTicks(runs.Sum(r => r.Cpu.Ticks)), runs.Sum(r => r.Allocated));

    /// <summary>One line for the table.</summary>
    public string Describe()
    {
        var p = new Percentiles(LatenciesMs);
        return $"{TurnsPerSecond:F0} turns/s, p50 {ResultTable.Ms(p.At(50))}, p99 {ResultTable.Ms(p.At(99))}, " +
               $"CPU {CpuMicrosecondsPerTurn:F0} µs/turn, {Allocated / 1024.0 / Math.Max(1, p.Count):F0} KB allocated/turn " +
               $"({p.Count} turns in {Elapsed.TotalSeconds:F1} s, {Errors} errors, {Wrong} not passing the suite judge)";
    }
}
