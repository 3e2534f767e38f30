using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Middleware;

namespace BriefingBot.Host.Tests.Limits;

/// <summary>The length and rate limits are adapter middleware, so Web Chat's Direct Line route meets them too.</summary>
public sealed class DirectLineLimitsTests : IAsyncLifetime
{
    private RunningBot _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(("Bot:MaxMessageLength", "40"), ("Bot:RateLimit:PermitsPerMinute", "2"));
        _client = new DirectLineClient(_bot.Http);
        using var started = await _client.StartConversationAsync();
        started.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Through_direct_line_a_long_message_and_a_message_over_the_rate_limit_reach_no_dialog()
    {
        var botTexts = await SayAllAsync(new string('x', 41) + " who is John Kelly?", "who is Ayad Allawi?", "who is James Comey?");

        Assert.Contains(botTexts, t => t.StartsWith("Ayad Allawi"));
        Assert.DoesNotContain(botTexts, t => t.StartsWith("John Kelly"));
        Assert.DoesNotContain(botTexts, t => t.StartsWith("James Comey"));
    }

    [Fact]
    public async Task Through_direct_line_the_polite_too_long_and_rate_limit_replies_reach_web_chat()
    {
        var botTexts = await SayAllAsync(new string('x', 41), "who is Ayad Allawi?", "who is James Comey?");

        Assert.Contains(botTexts, t => t.Contains("too long"));
        Assert.Contains(ConversationRateLimitMiddleware.Reply, botTexts);
    }

    private async Task<List<string>> SayAllAsync(params string[] messages)
    {
        foreach (var message in messages) await _client.SayAsync(message);
        var (activities, _) = await _client.GetActivitiesAsync();
        return activities.Where(a => (string?)a["from"]?["id"] != "web-user").Select(a => (string?)a["text"] ?? "").ToList();
    }
}
