using System.Diagnostics;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Benchmarks.InProcess;

/// <summary>
/// Per-question latency percentiles on a warm bot: every suite conversation replayed (fresh conversation each round,
/// follow-ups after their questions), each turn timed with a Stopwatch, through the router and as a whole turn.
/// BenchmarkDotNet gives means per category; this gives the tail (p99) the goal is about.
/// </summary>
public static class AnswerLatency
{
    /// <summary>Goal: in-process answer p99 at most this many milliseconds.</summary>
    public const double GoalMs = 5;

    /// <summary>Replays the suite until the JIT settles, then in measured rounds, and adds p50/p99/max per category and overall.</summary>
    public static async Task RunAsync(BenchmarkOptions options, ResultTable table)
    {
        KnowledgeBuilder.WarmUp();
        using var bot = new BotUnderTest(BenchmarkData.SuiteArticles);
        var rounds = options.Quick ? 2 : 20;
        var routed = new List<(string Category, double Ms)>();
        var turns = new List<(string Category, double Ms)>();
        var warmRounds = 0;
        var warmUp = await JitSettling.WarmUntilSettledAsync(() => ReplayAsync(bot, $"warm-{warmRounds++}", routed, turns), TimeSpan.FromSeconds(options.Quick ? 1 : 90));
        routed.Clear();
        turns.Clear();
        for (var round = 0; round < rounds; round++) await ReplayAsync(bot, $"latency-{round}", routed, turns);

        table.Add("answer latency", "warm-up (suite replayed until the JIT settles)", warmUp);
        Add(table, "answer latency: DialogRouter.Route", routed);
        Add(table, "answer latency: full turn (TestAdapter)", turns);
        Console.WriteLine($"Slowest questions (router): {string.Join("; ", Slowest(bot))}");
    }

    private static async Task ReplayAsync(BotUnderTest bot, string round, List<(string Category, double Ms)> routed, List<(string Category, double Ms)> turns)
    {
        foreach (var c in BenchmarkData.Suite)
        {
            var memory = new ConversationMemory();
            foreach (var turn in c.Turns)
            {
                var started = Stopwatch.GetTimestamp();
                bot.Router.Route(turn.Say, memory);
                routed.Add((c.Category, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                started = Stopwatch.GetTimestamp();
                await bot.SayAsync($"{round}-{c.Id}", turn.Say);
                turns.Add((c.Category, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        }
    }

    private static void Add(ResultTable table, string part, List<(string Category, double Ms)> samples)
    {
        foreach (var category in BenchmarkData.Categories)
        {
            var p = new Percentiles(samples.Where(s => s.Category == category).Select(s => s.Ms));
            table.Add(part, category, $"p50 {ResultTable.Ms(p.At(50))}, p99 {ResultTable.Ms(p.At(99))}, max {ResultTable.Ms(p.Max)} ({p.Count} turns)");
        }

        var all = new Percentiles(samples.Select(s => s.Ms));
        table.AddGoal(part, "all suite turns", $"p50 {ResultTable.Ms(all.At(50))}, p99 {ResultTable.Ms(all.At(99))}, max {ResultTable.Ms(all.Max)} ({all.Count} turns)",
            $"p99 ≤ {GoalMs} ms", all.At(99) <= GoalMs);
    }

    /// <summary>The five slowest single questions (median of 5 fresh runs each), to show where the tail comes from.</summary>
    private static IEnumerable<string> Slowest(BotUnderTest bot) =>
        BenchmarkData.Suite.SelectMany(c => c.Turns.Take(1))
            .Select(t => (t.Say, Ms: Enumerable.Range(0, 5).Select(_ =>
            {
                var started = Stopwatch.GetTimestamp();
                bot.Router.Route(t.Say, new ConversationMemory());
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }).Order().ElementAt(2)))
            .OrderByDescending(x => x.Ms).Take(5).Select(x => $"\"{x.Say}\" {ResultTable.Ms(x.Ms)}");
}
