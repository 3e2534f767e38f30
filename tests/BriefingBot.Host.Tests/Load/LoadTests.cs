using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BriefingBot.Host.Tests.Load;

/// <summary>Concurrent conversations over HTTP on loopback, bounded in count and time (see <see cref="LoadSettings"/>).</summary>
[Trait("Category", "Load")]
public sealed class LoadTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private readonly LoadSettings _settings = LoadSettings.FromEnvironment();
    private StateProbeMiddleware _probe = null!;
    private RunningBot _bot = null!;

    public LoadTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync()
    {
        (_bot, _probe) = await StateProbeMiddleware.StartProbedBotAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Concurrent_conversations_are_all_answered_with_no_lost_or_crossed_state()
    {
        using var cap = new CancellationTokenSource(_settings.Cap);
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        await WarmUpAsync();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, _settings.Conversations)
            .Select(c => RunConversationAsync($"load-{c}", LoadSubject.For(c), latencies, errors, cap.Token)));
        clock.Stop();

        Report(latencies, clock.Elapsed);
        Assert.True(errors.IsEmpty, $"{errors.Count} errors, e.g. {string.Join("; ", errors.Take(5))}");
        Assert.Equal(_settings.Conversations * _settings.Turns, latencies.Count);
        Assert.Equal(0, _probe.Crossed);
        await AssertEveryConversationStoredEveryTurnAsync();
    }

    // One turn per conversation first, so the numbers are the steady state and not JIT and connection set-up.
    private async Task WarmUpAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, _settings.Conversations).Select(c => _bot.AskAsync(LoadSubject.For(c).Turn(0).Question, $"warm-up-{c}")));
    }

    private async Task RunConversationAsync(string conversationId, LoadSubject subject, ConcurrentBag<double> latencies, ConcurrentBag<string> errors, CancellationToken cap)
    {
        await Task.Yield();
        for (var turn = 0; turn < _settings.Turns && !cap.IsCancellationRequested; turn++)
        {
            var (question, expected) = subject.Turn(turn);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var replies = await _bot.AskAsync(question, conversationId);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var problem = Check(replies, conversationId, expected);
                if (problem != null) errors.Add($"{conversationId} turn {turn}: {problem}");
            }
            catch (Exception e)
            {
                errors.Add($"{conversationId} turn {turn}: {e.GetType().Name} {e.Message}");
            }
        }
    }

    private static string? Check(IReadOnlyList<JsonObject> replies, string conversationId, string expectedStart)
    {
        if (replies.Count == 0) return "no reply";
        var foreign = replies.FirstOrDefault(r => (string?)r["conversation"]?["id"] != conversationId);
        if (foreign != null) return $"a reply addressed to {(string?)foreign["conversation"]?["id"]}";
        var text = (string?)replies[0]["text"] ?? "";
        return text.StartsWith(expectedStart, StringComparison.Ordinal) ? null : $"expected \"{expectedStart}…\", got \"{text[..Math.Min(120, text.Length)]}\"";
    }

    private async Task AssertEveryConversationStoredEveryTurnAsync()
    {
        var storage = _bot.Services.GetRequiredService<IStorage>();
        for (var c = 0; c < _settings.Conversations; c++)
        {
            var probe = await StateProbeMiddleware.ReadAsync(storage, "emulator", $"load-{c}");
            Assert.Equal(($"load-{c}", _settings.Turns), (probe?.Owner, probe?.Turns));
        }
    }

    private void Report(ConcurrentBag<double> latencies, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        _output.WriteLine($"load: {_settings.Conversations} conversations x {_settings.Turns} turns = {sorted.Length} turns in {elapsed.TotalSeconds:0.00} s "
            + $"= {sorted.Length / elapsed.TotalSeconds:0} turns/s; latency p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {sorted.LastOrDefault():0.0} ms");
    }
}
