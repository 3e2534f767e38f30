using System.Net;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.DirectLine;

/// <summary>The registry is bounded in count and forgets idle conversations (small limits set through configuration).</summary>
public sealed class DirectLineLimitTests : IAsyncLifetime
{
    private RunningBot? _bot;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_bot is not null) await _bot.DisposeAsync();
    }

    // Each test starts its own bot: the limit test must not see a conversation expire while a slow, cold machine starts
    // the next one, and the expiry test must not wait long.
    private async Task StartAsync(string idleTimeout)
        => _bot = await RunningBot.StartAsync(("DirectLine:MaxConversations", "2"), ("DirectLine:ConversationIdleTimeout", idleTimeout));

    [Fact]
    public async Task A_conversation_beyond_the_limit_is_refused_with_429()
    {
        await StartAsync("00:05:00");
        var clients = Enumerable.Range(0, 3).Select(_ => new DirectLineClient(_bot!.Http)).ToList();

        var statuses = new List<HttpStatusCode>();
        foreach (var client in clients)
        {
            using var response = await client.StartConversationAsync();
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests }, statuses);
        await clients[0].SayAsync("the first two still answer");
    }

    [Fact]
    public async Task Idle_conversations_expire_and_free_their_places()
    {
        await StartAsync("00:00:01");
        var first = new DirectLineClient(_bot!.Http);
        var second = new DirectLineClient(_bot!.Http);
        (await first.StartConversationAsync()).Dispose();
        (await second.StartConversationAsync()).Dispose();

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var third = new DirectLineClient(_bot!.Http);
        using var start = await third.StartConversationAsync();
        using var expiredPoll = await first.SendAsync(HttpMethod.Get, $"conversations/{first.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expiredPoll.StatusCode);
    }
}
