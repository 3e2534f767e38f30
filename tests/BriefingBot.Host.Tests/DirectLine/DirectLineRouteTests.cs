using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.DirectLine;

/// <summary>The Direct Line 3.0 routes of the real host, open (no secret), over real HTTP.</summary>
public sealed class DirectLineRouteTests : IAsyncLifetime
{
    private RunningBot _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync();
        _client = new DirectLineClient(_bot.Http);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Starting_a_conversation_returns_its_id_and_a_token()
    {
        using var response = await _client.StartConversationAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.True((int)body["expires_in"]! > 0);
    }

    [Fact]
    public async Task The_join_event_gets_the_same_welcome_as_a_new_member_on_api_messages()
    {
        await _client.StartConversationAsync();
        var viaApiMessages = await _bot.PostForRepliesAsync(Activities.MembersAdded("conv-compare", "user-1"));

        using var response = await _client.PostAsync(DirectLineClient.Join());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync();
        var welcome = Assert.Single(activities, a => (string?)a["from"]?["role"] == "bot");
        Assert.Equal((string?)viaApiMessages.Single()["text"], (string?)welcome["text"]);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_then_answered_by_the_bot_with_ids_timestamps_and_reply_link()
    {
        await _client.StartConversationAsync();

        using var response = await _client.PostAsync(DirectLineClient.Message("hello there"));

        var postedId = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"];
        var (activities, watermark) = await _client.GetActivitiesAsync();
        Assert.Equal(2, activities.Count);
        var (echo, reply) = (activities[0], activities[1]);
        Assert.Equal(postedId, (string?)echo["id"]);
        Assert.Equal("hello there", (string?)echo["text"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.Equal("bot", (string?)reply["from"]?["role"]);
        Assert.Equal(postedId, (string?)reply["replyToId"]);
        Assert.Equal(_client.ConversationId, (string?)reply["conversation"]?["id"]);
        Assert.False(string.IsNullOrEmpty((string?)reply["id"]));
        Assert.False(string.IsNullOrEmpty((string?)reply["timestamp"]));
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_the_activities_after_it()
    {
        await _client.StartConversationAsync();
        await _client.SayAsync("first question");
        var (_, afterFirst) = await _client.GetActivitiesAsync();

        await _client.SayAsync("second question");
        var (newOnes, afterSecond) = await _client.GetActivitiesAsync(afterFirst);
        var (nothingNew, unchanged) = await _client.GetActivitiesAsync(afterSecond);

        Assert.Equal(new[] { "second question" }, newOnes.Where(a => (string?)a["from"]?["role"] == "user").Select(a => (string?)a["text"]));
        Assert.Contains(newOnes, a => (string?)a["from"]?["role"] == "bot");
        Assert.DoesNotContain(newOnes, a => (string?)a["text"] == "first question");
        Assert.Empty(nothingNew);
        Assert.Equal(afterSecond, unchanged);
    }

    [Fact]
    public async Task Two_conversations_keep_their_own_activities_and_watermarks()
    {
        var other = new DirectLineClient(_bot.Http);
        await _client.StartConversationAsync();
        await other.StartConversationAsync();

        await _client.SayAsync("only in the first");
        var (firstActivities, _) = await _client.GetActivitiesAsync();
        var (otherActivities, otherWatermark) = await other.GetActivitiesAsync();

        Assert.NotEqual(_client.ConversationId, other.ConversationId);
        Assert.Equal(2, firstActivities.Count);
        Assert.Empty(otherActivities);
        Assert.Equal("0", otherWatermark);
    }

    [Fact]
    public async Task An_unknown_conversation_is_404_for_posting_and_polling()
    {
        using var post = await _client.PostAsync(DirectLineClient.Message("hi"), conversationId: "no-such-conversation");
        using var poll = await _client.SendAsync(HttpMethod.Get, "conversations/no-such-conversation/activities");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Contains("does not exist", await post.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"mess")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task A_malformed_activity_is_400_and_the_conversation_still_answers(string body)
    {
        await _client.StartConversationAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"conversations/{_client.ConversationId}/activities",
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _client.SayAsync("hello after the bad one");
        var (activities, _) = await _client.GetActivitiesAsync();
        Assert.Contains(activities, a => (string?)a["from"]?["role"] == "bot");
    }

    [Fact]
    public async Task An_oversized_activity_is_413()
    {
        await _client.StartConversationAsync();

        using var response = await _client.PostAsync(DirectLineClient.Message(new string('x', 300_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task A_watermark_that_is_not_a_position_is_400(string watermark)
    {
        await _client.StartConversationAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"conversations/{_client.ConversationId}/activities?watermark={watermark}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_client_cannot_pose_as_the_bot_or_move_its_message_to_another_conversation()
    {
        await _client.StartConversationAsync();
        var forged = DirectLineClient.Message("forged");
        forged["from"] = new JsonObject { ["id"] = "briefingbot", ["role"] = "bot" };
        forged["conversation"] = new JsonObject { ["id"] = "someone-else" };

        using var response = await _client.PostAsync(forged);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync();
        Assert.Equal("user", (string?)activities[0]["from"]?["role"]);
        Assert.Equal(_client.ConversationId, (string?)activities[0]["conversation"]?["id"]);
    }
}
