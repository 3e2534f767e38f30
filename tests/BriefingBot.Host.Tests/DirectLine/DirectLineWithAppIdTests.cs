using System.Net;
using System.Net.Http.Json;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.DirectLine;

/// <summary>
/// With a Microsoft app id configured (Teams/Azure deployment), /api/messages demands Bot Framework tokens, yet the
/// host's own Direct Line still reaches the same bot in process — the page keeps working next to Teams.
/// </summary>
public sealed class DirectLineWithAppIdTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(
        ("MicrosoftAppType", "MultiTenant"),
        ("MicrosoftAppId", "00000000-0000-0000-0000-000000000001"),
        ("MicrosoftAppPassword", "not-a-real-password"));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Direct_line_answers_while_unsigned_api_messages_requests_are_refused()
    {
        var client = new DirectLineClient(_bot.Http);
        await client.StartConversationAsync();

        await client.SayAsync("hello");
        using var unsigned = await _bot.Http.PostAsJsonAsync("/api/messages", Activities.Message("hello"));

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Contains(activities, a => (string?)a["from"]?["role"] == "bot" && ((string?)a["text"] ?? "").Length > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }
}
