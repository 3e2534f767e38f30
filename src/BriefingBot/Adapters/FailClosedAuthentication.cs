using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BriefingBot.Adapters;

/// <summary>
/// Wraps the SDK's authentication so that every way a token can fail to verify — malformed, forged, signing
/// keys unreachable, or verification slower than the timeout — is an <see cref="UnauthorizedAccessException"/>,
/// which the adapter answers with 401. The SDK itself lets some of these escape as 500s, and fetching the
/// signing keys from an unreachable network could otherwise hold the request for the HTTP client's timeout.
/// The clients the adapter asks for on every turn are built only when a turn uses them.
/// </summary>
public sealed class FailClosedAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly TimeSpan _timeout;
    private readonly ILogger<FailClosedAuthentication> _logger;

    /// <summary>Wraps <paramref name="inner"/>; a verification taking longer than <paramref name="timeout"/> fails.</summary>
    public FailClosedAuthentication(BotFrameworkAuthentication inner, TimeSpan timeout, ILogger<FailClosedAuthentication> logger)
    {
        _inner = inner;
        _timeout = timeout;
        _logger = logger;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        => WithLazyConnector(await FailClosedAsync(() => _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), cancellationToken), activity);

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => FailClosedAsync(() => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => FailClosedAsync(() => _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), cancellationToken);

    /// <summary>For turns the host starts itself; this host's only such turns are the in-process Direct Line's, which use expectReplies.</summary>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new LazyConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => _inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    // The adapter builds the turn's connector client from the factory that comes with the authentication result. Only
    // a turn whose replies go back in the HTTP response can do without it; any other turn sends through it anyway.
    private static AuthenticateRequestResult WithLazyConnector(AuthenticateRequestResult result, Activity activity)
    {
        if (activity?.DeliveryMode == DeliveryModes.ExpectReplies && result.ConnectorFactory is { } factory and not LazyConnectorFactory)
        {
            result.ConnectorFactory = new LazyConnectorFactory(factory);
        }

        return result;
    }

    private async Task<T> FailClosedAsync<T>(Func<Task<T>> authenticate, CancellationToken cancellationToken)
    {
        try
        {
            return await authenticate().WaitAsync(_timeout, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Rejected a request whose token could not be verified: {Reason}", Reason(e));
            throw new UnauthorizedAccessException("The request's token could not be verified.", e);
        }
    }

    private string Reason(Exception e) => e is TimeoutException
        ? $"verification took longer than {_timeout.TotalSeconds:0.#} s (signing keys unreachable?)"
        : $"{e.GetType().Name}: {e.Message}";
}
