using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BriefingBot.DirectLine;

/// <summary>What a request may do: everything (secret, or open routes) or one conversation (a token).</summary>
/// <param name="ConversationId">The conversation a token is bound to; null when not bound to one.</param>
/// <param name="IsMaster">True for the secret, or for anyone when the routes are open.</param>
public sealed record DirectLineGrant(string? ConversationId, bool IsMaster)
{
    /// <summary>Whether this grant reaches the given conversation.</summary>
    public bool Allows(string conversationId) => IsMaster || ConversationId == conversationId;
}

/// <summary>Decides a request's <see cref="DirectLineGrant"/> from its <c>Authorization: Bearer</c> header.</summary>
public sealed class DirectLineAccess
{
    private readonly DirectLineOptions _options;
    private readonly DirectLineTokens _tokens;

    /// <summary>Creates the access check.</summary>
    public DirectLineAccess(IOptions<DirectLineOptions> options, DirectLineTokens tokens)
    {
        _options = options.Value;
        _tokens = tokens;
    }

    /// <summary>The request's grant, or null when the routes are locked down and it carries neither secret nor valid token.</summary>
    public DirectLineGrant? Authorize(HttpRequest request)
    {
        var bearer = BearerOf(request);
        if (_options.IsLockedDown && bearer is not null && IsSecret(bearer)) return new DirectLineGrant(null, IsMaster: true);
        var conversationId = _tokens.Validate(bearer);
        if (conversationId is not null) return new DirectLineGrant(conversationId, IsMaster: !_options.IsLockedDown);
        return _options.IsLockedDown ? null : new DirectLineGrant(null, IsMaster: true);
    }

    private bool IsSecret(string bearer)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(_options.Secret!));

    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
