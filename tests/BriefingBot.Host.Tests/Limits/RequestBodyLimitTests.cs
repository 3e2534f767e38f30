using System.Net;
using System.Text;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.Limits;

public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(("Bot:MaxRequestBodyBytes", "65536"));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_off_at_the_limit_with_413()
    {
        var activity = Activities.Message(new string('a', 100_000), "conv-chunked");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentLength = null;
        request.Headers.TransferEncodingChunked = true;

        using var response = await _bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_a_configured_limit_is_read()
    {
        var replies = await _bot.AskAsync(new string('a', 60_000), "conv-under-limit");

        Assert.NotEmpty(replies);
    }
}
