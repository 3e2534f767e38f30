using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BriefingBot.Host.Tests.BadInput;

public sealed class BadInputCorpusTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private RunningBot _bot = null!;

    public BadInputCorpusTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(("Bot:RateLimit:PermitsPerMinute", "0"));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Every_bad_input_gets_a_clear_client_error_or_a_calm_reply_and_the_bot_still_answers_afterwards()
    {
        var corpus = BadInputCase.LoadCorpus();
        var failures = new List<string>();

        foreach (var badInput in corpus)
        {
            var failure = await RunAsync(badInput);
            if (failure != null) failures.Add($"{badInput.Name}: {failure}");
        }

        var replies = await _bot.AskAsync("what does the briefing cover?", conversationId: "after-the-corpus");
        Assert.True(corpus.Count >= 50, $"The corpus has only {corpus.Count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} cases failed:\n" + string.Join("\n", failures));
        Assert.Contains(replies, r => (string?)r["type"] == "message" && !string.IsNullOrWhiteSpace((string?)r["text"]));
    }

    private async Task<string?> RunAsync(BadInputCase badInput)
    {
        using var request = badInput.ToRequest();
        using var response = await _bot.Http.SendAsync(request);
        var status = (int)response.StatusCode;
        _output.WriteLine($"{status} {badInput.Name}");
        var body = await response.Content.ReadAsStringAsync();
        if (!badInput.Accepts(status)) return $"expected {badInput.Expect}, got {status} {Shorten(body)}";
        if (body.Contains("something went wrong", StringComparison.OrdinalIgnoreCase)) return $"the turn failed: {Shorten(body)}";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
