using System.Diagnostics;
using System.Runtime;

namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>
/// Warm-up until the JIT has settled. Tiered compilation first runs every method unoptimised and recompiles the hot
/// ones in the background; on this bot that goes on for tens of thousands of turns (the first ~50k HTTP turns ran at
/// a quarter of the settled speed), so a fixed few seconds of warm-up measured mostly unoptimised code. Settled means
/// one warm-up round compiled at most <see cref="QuietMethods"/> methods; the method count is process-wide.
/// </summary>
public static class JitSettling
{
    /// <summary>A round that compiles no more methods than this counts as settled.</summary>
    public const int QuietMethods = 30;

    /// <summary>Runs <paramref name="round"/> until a round is quiet or <paramref name="limit"/> has passed; says how long and how much was compiled.</summary>
    public static async Task<string> WarmUntilSettledAsync(Func<Task> round, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        var compiledAtStart = JitInfo.GetCompiledMethodCount();
        var rounds = 0;
        var settled = false;
        while (!settled && Stopwatch.GetElapsedTime(started) < limit)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await round();
            rounds++;
            settled = JitInfo.GetCompiledMethodCount() - before <= QuietMethods;
        }

        var outcome = settled ? "settled" : "not settled (limit reached)";
        return $"{outcome} after {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s, {rounds} rounds, {JitInfo.GetCompiledMethodCount() - compiledAtStart} methods compiled";
    }
}
