using BriefingBot.Benchmarks.Infrastructure;

namespace BriefingBot.Benchmarks.Http;

/// <summary>What load runs measured: each turn's latency, elapsed time, and how many turns failed or answered wrongly.</summary>
public sealed record LoadResult(IReadOnlyList<double> LatenciesMs, TimeSpan Elapsed, int Errors, int Wrong)
{
    /// <summary>Completed turns per second.</summary>
    public double TurnsPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>Several runs as one: turns and time added up.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> runs) => new(
        runs.SelectMany(r => r.LatenciesMs).ToList(), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)), runs.Sum(r => r.Errors), runs.Sum(r => r.Wrong));

    /// <summary>One line for the table.</summary>
    public string Describe()
    {
        var p = new Percentiles(LatenciesMs);
        return $"{TurnsPerSecond:F0} turns/s, p50 {ResultTable.Ms(p.At(50))}, p99 {ResultTable.Ms(p.At(99))} " +
               $"({p.Count} turns in {Elapsed.TotalSeconds:F1} s, {Errors} errors, {Wrong} not passing the suite judge)";
    }
}
