using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks.Http;

/// <summary>
/// BriefingBot against the SDK floor over loopback HTTP in one run: two real hosts built by BriefingBotHost with the
/// same adapter and settings, one with the echo bot swapped in (and, as diagnostics, BriefingBot with Bot Builder's
/// MemoryStorage to show what the state store costs, and the echo bot on the SDK's stock authentication to show what
/// building the per-turn clients eagerly costs). All are warmed up until the JIT settles, then measured in alternating rounds.
/// </summary>
public static class HttpComparison
{
    /// <summary>Goal: BriefingBot's throughput at least this share of the echo bot's.</summary>
    public const double GoalRatio = 0.70;

    /// <summary>Measures both hosts and adds throughput, latency and the ratio.</summary>
    public static async Task RunAsync(BenchmarkOptions options, ResultTable table)
    {
        var settings = new[] { ("Knowledge:ArticlesPath", BenchmarkData.SuiteArticles) };
        await using var briefing = await RunningBot.StartAsync(settings);
        await using var echo = await RunningBot.StartAsync(services => services.AddTransient<IBot, EchoBot>(), settings);
        // The same bot with conversation state in memory: separates the state store's cost from answering.
        await using var inMemoryState = await RunningBot.StartAsync(services => services.AddSingleton<IStorage, MemoryStorage>(), settings);
        // The echo bot on the SDK's own authentication, which builds a connector and a user-token client on every turn.
        await using var stockEcho = await RunningBot.StartAsync(services => services.AddTransient<IBot, EchoBot>().AddSingleton<BotFrameworkAuthentication>(StockAuthentication), settings);
        var conversations = options.Quick ? 4 : 8;
        var duration = TimeSpan.FromSeconds(options.Quick ? 3 : 15);
        var rounds = options.Quick ? 1 : 2;
        var load = new LoadGenerator(BenchmarkData.Suite, conversations);

        var warmRound = TimeSpan.FromSeconds(options.Quick ? 1 : 2);
        var warmUp = await JitSettling.WarmUntilSettledAsync(async () =>
        {
            await load.RunAsync(echo, warmRound, 100_000, judge: false, "warm-echo");
            await load.RunAsync(briefing, warmRound, 100_000, judge: true, "warm-bot");
            await load.RunAsync(inMemoryState, warmRound, 100_000, judge: true, "warm-memory");
            await load.RunAsync(stockEcho, warmRound, 100_000, judge: false, "warm-stock-echo");
        }, TimeSpan.FromSeconds(options.Quick ? 1 : 120));
        var echoRuns = new List<LoadResult>();
        var botRuns = new List<LoadResult>();
        var inMemoryRuns = new List<LoadResult>();
        var stockEchoRuns = new List<LoadResult>();
        for (var round = 0; round < rounds; round++)
        {
            echoRuns.Add(await load.RunAsync(echo, duration, 200_000, judge: false, $"echo-{round}"));
            botRuns.Add(await load.RunAsync(briefing, duration, 200_000, judge: true, $"bot-{round}"));
            inMemoryRuns.Add(await load.RunAsync(inMemoryState, duration, 200_000, judge: true, $"memory-{round}"));
            stockEchoRuns.Add(await load.RunAsync(stockEcho, duration, 200_000, judge: false, $"stock-echo-{round}"));
        }

        var echoResult = LoadResult.Combine(echoRuns);
        var botResult = LoadResult.Combine(botRuns);
        var part = $"HTTP loopback, {conversations} conversations";
        table.Add(part, "warm-up (all four hosts in turn, until the JIT settles)", warmUp);
        table.Add(part, "echo bot (SDK floor)", echoResult.Describe());
        table.Add(part, "BriefingBot", botResult.Describe());
        var ratio = botResult.TurnsPerSecond / echoResult.TurnsPerSecond;
        table.AddGoal(part, "throughput BriefingBot/echo", $"{ratio:P0}", $"≥ {GoalRatio:P0}", ratio >= GoalRatio);
        table.Add(part, "CPU per turn echo/BriefingBot (the throughput ratio if both were CPU-bound)", $"{echoResult.CpuMicrosecondsPerTurn / botResult.CpuMicrosecondsPerTurn:P0}");
        var inMemoryResult = LoadResult.Combine(inMemoryRuns);
        table.Add(part, "BriefingBot, state in memory (diagnostic)", inMemoryResult.Describe());
        table.Add(part, "throughput (state in memory)/echo", $"{inMemoryResult.TurnsPerSecond / echoResult.TurnsPerSecond:P0}");
        var stockEchoResult = LoadResult.Combine(stockEchoRuns);
        table.Add(part, "echo bot on the SDK's stock authentication, per-turn clients built eagerly (diagnostic)", stockEchoResult.Describe());
        table.Add(part, "throughput BriefingBot/stock echo", $"{botResult.TurnsPerSecond / stockEchoResult.TurnsPerSecond:P0}");
    }

    private static BotFrameworkAuthentication StockAuthentication(IServiceProvider services) => new ConfigurationBotFrameworkAuthentication(
        services.GetRequiredService<IConfiguration>(), httpClientFactory: services.GetRequiredService<IHttpClientFactory>(),
        logger: services.GetRequiredService<ILogger<BotFrameworkAuthentication>>());
}
