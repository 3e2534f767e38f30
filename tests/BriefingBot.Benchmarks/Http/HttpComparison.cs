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
/// BriefingBot against the SDK floor over loopback HTTP in one run: real hosts built by BriefingBotHost with the same
/// adapter and settings, one with the echo bot swapped in. As diagnostics: BriefingBot with Bot Builder's
/// MemoryStorage (what the state store costs), the echo bot keeping conversation state in our store (the ceiling for
/// any bot that does), and the echo bot on the SDK's stock authentication (what building the per-turn clients eagerly
/// costs). All are warmed up until the JIT settles, then measured in alternating rounds.
/// </summary>
public static class HttpComparison
{
    /// <summary>Goal: BriefingBot's throughput at least this share of the echo bot's.</summary>
    public const double GoalRatio = 0.70;

    /// <summary>Measures every host and adds throughput, latency and the ratios.</summary>
    public static async Task RunAsync(BenchmarkOptions options, ResultTable table)
    {
        var settings = new[] { ("Knowledge:ArticlesPath", BenchmarkData.SuiteArticles) };
        await using var echo = new Contender("echo", judge: false, await RunningBot.StartAsync(services => services.AddTransient<IBot, EchoBot>(), settings));
        await using var briefing = new Contender("bot", judge: true, await RunningBot.StartAsync(settings));
        await using var inMemoryState = new Contender("memory", judge: true, await RunningBot.StartAsync(services => services.AddSingleton<IStorage, MemoryStorage>(), settings));
        await using var statefulEcho = new Contender("stateful-echo", judge: false, await RunningBot.StartAsync(services => services.AddTransient<IBot, StatefulEchoBot>(), settings));
        await using var stockEcho = new Contender("stock-echo", judge: false, await RunningBot.StartAsync(services => services.AddTransient<IBot, EchoBot>().AddSingleton<BotFrameworkAuthentication>(StockAuthentication), settings));
        var contenders = new[] { echo, briefing, inMemoryState, statefulEcho, stockEcho };
        var conversations = options.Quick ? 4 : 8;
        var load = new LoadGenerator(BenchmarkData.Suite, conversations);

        var warmRound = TimeSpan.FromSeconds(options.Quick ? 1 : 2);
        var warmUp = await JitSettling.WarmUntilSettledAsync(async () =>
        {
            foreach (var c in contenders) await load.RunAsync(c.Bot, warmRound, 100_000, c.Judge, $"warm-{c.Name}");
        }, TimeSpan.FromSeconds(options.Quick ? 1 : 120));
        var duration = TimeSpan.FromSeconds(options.Quick ? 3 : 15);
        for (var round = 0; round < (options.Quick ? 1 : 2); round++)
        {
            foreach (var c in contenders) c.Runs.Add(await load.RunAsync(c.Bot, duration, 200_000, c.Judge, $"{c.Name}-{round}"));
        }

        var part = $"HTTP loopback, {conversations} conversations";
        table.Add(part, "warm-up (every host in turn, until the JIT settles)", warmUp);
        table.Add(part, "echo bot (SDK floor)", echo.Result.Describe());
        table.Add(part, "BriefingBot", briefing.Result.Describe());
        var ratio = briefing.Result.TurnsPerSecond / echo.Result.TurnsPerSecond;
        table.AddGoal(part, "throughput BriefingBot/echo", $"{ratio:P0}", $"≥ {GoalRatio:P0}", ratio >= GoalRatio);
        table.Add(part, "CPU per turn echo/BriefingBot (the throughput ratio if both were CPU-bound)", $"{echo.Result.CpuMicrosecondsPerTurn / briefing.Result.CpuMicrosecondsPerTurn:P0}");
        table.Add(part, "BriefingBot, state in memory (diagnostic)", inMemoryState.Result.Describe());
        table.Add(part, "throughput (state in memory)/echo", $"{inMemoryState.Result.TurnsPerSecond / echo.Result.TurnsPerSecond:P0}");
        table.Add(part, "echo bot keeping conversation state in the LiteDB store (diagnostic)", statefulEcho.Result.Describe());
        table.Add(part, "throughput (echo with state)/echo: the ceiling for a bot with stored state", $"{statefulEcho.Result.TurnsPerSecond / echo.Result.TurnsPerSecond:P0}");
        table.Add(part, "echo bot on the SDK's stock authentication, per-turn clients built eagerly (diagnostic)", stockEcho.Result.Describe());
        table.Add(part, "throughput BriefingBot/stock echo", $"{briefing.Result.TurnsPerSecond / stockEcho.Result.TurnsPerSecond:P0}");
    }

    private static BotFrameworkAuthentication StockAuthentication(IServiceProvider services) => new ConfigurationBotFrameworkAuthentication(
        services.GetRequiredService<IConfiguration>(), httpClientFactory: services.GetRequiredService<IHttpClientFactory>(),
        logger: services.GetRequiredService<ILogger<BotFrameworkAuthentication>>());

    /// <summary>One host under load, with its measured runs.</summary>
    private sealed class Contender(string name, bool judge, RunningBot bot) : IAsyncDisposable
    {
        public string Name => name;
        public bool Judge => judge;
        public RunningBot Bot => bot;
        public List<LoadResult> Runs { get; } = new();
        public LoadResult Result => LoadResult.Combine(Runs);
        public ValueTask DisposeAsync() => bot.DisposeAsync();
    }
}
