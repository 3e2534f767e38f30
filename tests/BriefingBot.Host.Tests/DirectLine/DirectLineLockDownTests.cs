using System.Net;
using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.DirectLine;

/// <summary>With <c>DirectLine:Secret</c> set, only the secret or a fresh token generated from it gets in.</summary>
public sealed class DirectLineLockDownTests : IAsyncLifetime
{
    private const string Secret = "intranet-secret-for-tests";
    private RunningBot _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(("DirectLine:Secret", Secret), ("DirectLine:TokenLifetime", "00:00:02"));
        _client = new DirectLineClient(_bot.Http);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("abc.123.forged")]
    public async Task Every_route_is_401_without_the_secret_or_a_valid_token(string? bearer)
    {
        var opened = await OpenWithSecretAsync();
        _client.Bearer = bearer;

        using var generate = await _client.GenerateTokenAsync();
        using var start = await _client.StartConversationAsync();
        using var post = await _client.PostAsync(DirectLineClient.Message("hi"), opened);
        using var poll = await _client.SendAsync(HttpMethod.Get, $"conversations/{opened}/activities");

        Assert.All(new[] { generate, start, post, poll }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task The_secret_opens_a_conversation_that_answers()
    {
        _client.Bearer = Secret;

        using var start = await _client.StartConversationAsync();
        await _client.SayAsync("hello");

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync();
        Assert.Contains(activities, a => (string?)a["from"]?["role"] == "bot");
    }

    [Fact]
    public async Task A_fresh_token_generated_from_the_secret_opens_its_conversation_and_refreshes()
    {
        _client.Bearer = Secret;
        var token = await TokenAsync(await _client.GenerateTokenAsync());
        _client.Bearer = token;

        using var start = await _client.StartConversationAsync();
        await _client.SayAsync("hello");
        using var refresh = await _client.RefreshTokenAsync();

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync();
        Assert.Contains(activities, a => (string?)a["from"]?["role"] == "bot");
    }

    [Fact]
    public async Task A_token_cannot_generate_tokens_or_reach_another_conversation()
    {
        var someoneElses = await OpenWithSecretAsync();
        _client.Bearer = Secret;
        _client.Bearer = await TokenAsync(await _client.GenerateTokenAsync());

        using var generate = await _client.GenerateTokenAsync();
        using var poll = await _client.SendAsync(HttpMethod.Get, $"conversations/{someoneElses}/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        _client.Bearer = Secret;
        _client.Bearer = await TokenAsync(await _client.GenerateTokenAsync());
        using var start = await _client.StartConversationAsync();
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var post = await _client.PostAsync(DirectLineClient.Message("still there?"));

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    private async Task<string> OpenWithSecretAsync()
    {
        var opener = new DirectLineClient(_bot.Http) { Bearer = Secret };
        using var response = await opener.StartConversationAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return opener.ConversationId;
    }

    private static async Task<string> TokenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!;
        }
    }
}
