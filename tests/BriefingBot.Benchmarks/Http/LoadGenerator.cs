using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Dialogs.Tests.QuestionSuite;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Benchmarks.Http;

/// <summary>
/// N concurrent conversations posting suite turns (questions and their follow-ups, in order, one conversation per
/// suite case) with deliveryMode expectReplies to /api/messages, until a turn budget or a time budget runs out.
/// </summary>
public sealed class LoadGenerator
{
    private readonly IReadOnlyList<QuestionSuiteCase> _cases;
    private readonly int _conversations;

    /// <summary>Creates a generator over the suite with <paramref name="conversations"/> conversations at a time.</summary>
    public LoadGenerator(IReadOnlyList<QuestionSuiteCase> cases, int conversations)
    {
        _cases = cases;
        _conversations = conversations;
    }

    /// <summary>
    /// Runs against <paramref name="bot"/> for at most <paramref name="duration"/> and <paramref name="maxTurns"/> turns.
    /// <paramref name="judge"/> says whether replies are checked against the suite (not for the echo bot).
    /// </summary>
    public async Task<LoadResult> RunAsync(RunningBot bot, TimeSpan duration, int maxTurns, bool judge, string runId)
    {
        var latencies = new ConcurrentBag<double>();
        var turns = 0; var errors = 0; var wrong = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, _conversations).Select(worker => Task.Run(async () =>
        {
            for (var next = worker; clock.Elapsed < duration; next += _conversations)
            {
                var c = _cases[next % _cases.Count];
                var conversationId = $"{runId}-{worker}-{next}";
                foreach (var turn in c.Turns)
                {
                    if (Interlocked.Increment(ref turns) > maxTurns || clock.Elapsed >= duration) { Interlocked.Decrement(ref turns); return; }
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        var replies = await bot.AskAsync(turn.Say, conversationId, $"user-{worker}");
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        var text = string.Join("\n", replies.Select(r => (string?)r["text"]));
                        if (judge && !SuiteJudge.Judge(turn, text).Passed) Interlocked.Increment(ref wrong);
                    }
                    catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                }
            }
        })));
        clock.Stop();
        process.Refresh();
        return new LoadResult(latencies.ToList(), clock.Elapsed, errors, wrong, process.TotalProcessorTime - cpuBefore, GC.GetTotalAllocatedBytes() - allocatedBefore);
    }
}
