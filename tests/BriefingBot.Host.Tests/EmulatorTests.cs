using System.Net;
using System.Net.Http.Json;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests;

/// <summary>The Emulator's path: anonymous, no expectReplies; the bot calls back the channel's serviceUrl.</summary>
public sealed class EmulatorTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private RunningBot _bot = null!;
    private EmulatorListener _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorListener.StartAsync();
        _bot = await RunningBot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_reply_to_a_message_arrives_at_the_emulators_reply_route_without_credentials()
    {
        var message = Activities.Message("hello", conversationId: "emulator-conv");
        message["serviceUrl"] = _emulator.ServiceUrl;

        using var response = await _bot.Http.PostAsJsonAsync("/api/messages", message);

        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}");
        var received = _emulator.Next(Patience);
        Assert.Equal($"/v3/conversations/emulator-conv/activities/{(string)message["id"]!}", received.Path);
        Assert.Equal("message", (string?)received.Activity["type"]);
        Assert.Equal((string?)message["id"], (string?)received.Activity["replyToId"]);
        Assert.Equal("emulator-conv", (string?)received.Activity["conversation"]?["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)received.Activity["text"]));
        Assert.Equal("", received.Authorization);
    }

    [Fact]
    public async Task A_new_member_gets_the_welcome_through_the_emulators_service_url()
    {
        var joined = Activities.MembersAdded("emulator-welcome", "user-1");
        joined["serviceUrl"] = _emulator.ServiceUrl;

        using var response = await _bot.Http.PostAsJsonAsync("/api/messages", joined);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = _emulator.Next(Patience);
        Assert.StartsWith("/v3/conversations/emulator-welcome/activities", received.Path);
        Assert.Contains("briefing", (string?)received.Activity["text"], StringComparison.OrdinalIgnoreCase);
    }
}
