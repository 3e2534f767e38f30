using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BriefingBot.Adapters;
using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests.Security;

/// <summary>With an app id configured, only requests carrying a valid Bot Framework token reach the bot.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5f0f7c33-2b7e-4b43-9a5e-0c6a1f3a9d11";
    private readonly CountingMiddleware _counter = new();
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "not-a-real-secret"));
        _bot.Services.GetRequiredService<BriefingBotAdapter>().Use(_counter);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_request_without_a_token_gets_401_and_reaches_no_bot_code()
    {
        using var response = await PostAsync(authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _counter.Turns);
    }

    [Theory]
    [InlineData(ForgedTokens.ChannelIssuer)]
    [InlineData(ForgedTokens.EmulatorIssuer)]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    public async Task A_token_signed_with_a_random_key_gets_401_and_reaches_no_bot_code(string issuer)
    {
        var token = ForgedTokens.SignedWithRandomKey(issuer, AppId, Activities.Message("x")["serviceUrl"]!.ToString());

        using var response = await PostAsync(new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _counter.Turns);
    }

    [Theory]
    [InlineData("Bearer", "not.a.jwt")]
    [InlineData("Bearer", "")]
    [InlineData("Basic", "dXNlcjpwYXNz")]
    public async Task A_malformed_authorization_header_gets_401_and_reaches_no_bot_code(string scheme, string value)
    {
        using var response = await PostAsync(new AuthenticationHeaderValue(scheme, value));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _counter.Turns);
    }

    [Fact]
    public async Task An_unsigned_token_gets_401_and_reaches_no_bot_code()
    {
        using var response = await PostAsync(new AuthenticationHeaderValue("Bearer", ForgedTokens.Unsigned(AppId, "http://127.0.0.1:9")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _counter.Turns);
    }

    // A hang (e.g. waiting on unreachable signing-key metadata) fails here instead of blocking the run.
    private async Task<HttpResponseMessage> PostAsync(AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.Message("who is in the briefing?", "conv-auth")),
        };
        request.Headers.Authorization = authorization;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _bot.Http.SendAsync(request, timeout.Token);
    }
}

/// <summary>The control for <see cref="AuthenticationTests"/>: without an app id the same request is counted.</summary>
public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private readonly CountingMiddleware _counter = new();
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync();
        _bot.Services.GetRequiredService<BriefingBotAdapter>().Use(_counter);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Without_an_app_id_an_anonymous_request_reaches_the_bot()
    {
        var replies = await _bot.AskAsync("who is in the briefing?", "conv-anonymous");

        Assert.NotEmpty(replies);
        Assert.Equal(1, _counter.Turns);
    }
}
