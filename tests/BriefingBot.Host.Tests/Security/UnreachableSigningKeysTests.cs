using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BriefingBot.Adapters;
using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests.Security;

/// <summary>
/// Token verification needs the channel's signing keys (OpenID metadata). When the key server accepts the
/// connection but never answers, the request still gets its 401 once Bot:AuthenticationTimeoutSeconds pass.
/// </summary>
public sealed class UnreachableSigningKeysTests : IAsyncLifetime
{
    private const string AppId = "0b5a3c51-8a9e-4d0e-9c6e-52f1d9a1c0de";
    private readonly SilentServer _keyServer = new();
    private readonly CountingMiddleware _counter = new();
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(
            ("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "not-a-real-secret"),
            ("ToBotFromChannelOpenIdMetadataUrl", _keyServer.Url("/v1/.well-known/openidconfiguration")),
            ("ToBotFromChannelTokenIssuer", ForgedTokens.ChannelIssuer),
            ("Bot:AuthenticationTimeoutSeconds", "2"));
        _bot.Services.GetRequiredService<BriefingBotAdapter>().Use(_counter);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _keyServer.Dispose();
    }

    [Fact]
    public async Task A_forged_token_gets_401_when_the_signing_key_server_never_answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.Message("hello", "conv-silent-keys")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            ForgedTokens.SignedWithRandomKey(ForgedTokens.ChannelIssuer, AppId, "http://127.0.0.1:9"));
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await _bot.Http.SendAsync(request, hangGuard.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _counter.Turns);
        Assert.True(_keyServer.Connections > 0, "The host never asked the key server: the test did not exercise the timeout");
    }
}
