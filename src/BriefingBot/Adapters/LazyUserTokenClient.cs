using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BriefingBot.Adapters;

/// <summary>
/// A user-token client that is built on its first use. The adapter asks for one on every turn, and building the
/// SDK's client parses a regular expression for its user-agent header (about a tenth of an echo turn's CPU);
/// BriefingBot signs nobody in, so on its turns the client is never built.
/// </summary>
public sealed class LazyUserTokenClient : UserTokenClient
{
    private readonly Lazy<Task<UserTokenClient>> _client;

    /// <summary>Creates the client; <paramref name="create"/> runs at most once, on the first call.</summary>
    public LazyUserTokenClient(Func<Task<UserTokenClient>> create) => _client = new(create);

    /// <inheritdoc />
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        => await (await _client.Value).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    /// <inheritdoc />
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken)
        => await (await _client.Value).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    /// <inheritdoc />
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        => await (await _client.Value).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    /// <inheritdoc />
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken)
        => await (await _client.Value).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    /// <inheritdoc />
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken)
        => await (await _client.Value).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    /// <inheritdoc />
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken)
        => await (await _client.Value).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully) _client.Value.Result.Dispose();
        base.Dispose(disposing);
    }
}
