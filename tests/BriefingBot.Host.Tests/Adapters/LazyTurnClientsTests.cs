using BriefingBot.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace BriefingBot.Host.Tests.Adapters;

/// <summary>The per-turn connector and user-token clients are built only when a turn uses them, and then once.</summary>
public sealed class LazyTurnClientsTests
{
    [Fact]
    public async Task A_connector_client_that_is_never_used_is_never_built()
    {
        var inner = new CountingConnectorFactory();
        var client = await new LazyConnectorFactory(inner).CreateAsync("https://channel.example/", "audience");

        client.Dispose();

        Assert.Equal(0, inner.Built);
    }

    [Fact]
    public async Task A_connector_client_is_built_once_on_first_use_and_disposed_with_the_wrapper()
    {
        var inner = new CountingConnectorFactory();
        var client = await new LazyConnectorFactory(inner).CreateAsync("https://channel.example/", "audience");

        Assert.Equal(new Uri("https://channel.example/"), client.BaseUri);
        Assert.NotNull(client.Conversations);
        client.Dispose();

        Assert.Equal(1, inner.Built);
        Assert.True(inner.Last!.IsDisposed);
    }

    [Fact]
    public void A_user_token_client_that_is_never_used_is_never_built()
    {
        var built = 0;
        var client = new LazyUserTokenClient(() => { built++; return Task.FromResult<UserTokenClient>(null!); });

        client.Dispose();

        Assert.Equal(0, built);
    }

    [Fact]
    public async Task A_user_token_call_builds_the_client_once_and_is_passed_on()
    {
        var built = 0;
        var client = new LazyUserTokenClient(() => { built++; return Task.FromResult<UserTokenClient>(new FailingUserTokenClient()); });

        await Assert.ThrowsAsync<NotSupportedException>(() => client.GetUserTokenAsync("u", "c", "ch", null!, default));
        await Assert.ThrowsAsync<NotSupportedException>(() => client.SignOutUserAsync("u", "c", "ch", default));

        Assert.Equal(1, built);
    }

    [Fact]
    public async Task A_request_whose_replies_come_back_in_the_response_gets_a_lazy_connector()
    {
        var inner = new CountingConnectorFactory();

        var result = await Authentication(inner).AuthenticateRequestAsync(
            new Microsoft.Bot.Schema.Activity { DeliveryMode = Microsoft.Bot.Schema.DeliveryModes.ExpectReplies }, "", default);
        using var client = await result.ConnectorFactory.CreateAsync("https://channel.example/", "audience", default);

        Assert.IsType<LazyConnectorFactory>(result.ConnectorFactory);
        Assert.Equal(0, inner.Built);
    }

    [Fact]
    public async Task A_request_whose_replies_are_sent_to_the_channel_keeps_the_sdks_connector()
    {
        var inner = new CountingConnectorFactory();

        var result = await Authentication(inner).AuthenticateRequestAsync(new Microsoft.Bot.Schema.Activity(), "", default);

        Assert.Same(inner, result.ConnectorFactory);
    }

    private static FailClosedAuthentication Authentication(ConnectorFactory factory) => new(new FixedAuthentication(factory), TimeSpan.FromSeconds(5),
        Microsoft.Extensions.Logging.Abstractions.NullLogger<FailClosedAuthentication>.Instance);

    private sealed class FixedAuthentication(ConnectorFactory factory) : BotFrameworkAuthentication
    {
        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken)
            => Task.FromResult(new AuthenticateRequestResult { ConnectorFactory = factory });

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override ConnectorFactory CreateConnectorFactory(System.Security.Claims.ClaimsIdentity claimsIdentity) => factory;

        public override Task<UserTokenClient> CreateUserTokenClientAsync(System.Security.Claims.ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class CountingConnectorFactory : ConnectorFactory
    {
        public int Built { get; private set; }

        public DisposableConnectorClient? Last { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            Built++;
            Last = new DisposableConnectorClient(new Uri(serviceUrl));
            return Task.FromResult<IConnectorClient>(Last);
        }
    }

    private sealed class DisposableConnectorClient(Uri baseUri) : ConnectorClient(baseUri, new MicrosoftAppCredentials(string.Empty, string.Empty))
    {
        public bool IsDisposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            IsDisposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class FailingUserTokenClient : UserTokenClient
    {
        public override Task<Microsoft.Bot.Schema.TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Microsoft.Bot.Schema.SignInResource> GetSignInResourceAsync(string connectionName, Microsoft.Bot.Schema.Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Microsoft.Bot.Schema.TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, Microsoft.Bot.Schema.TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Microsoft.Bot.Schema.TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, Microsoft.Bot.Schema.TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
