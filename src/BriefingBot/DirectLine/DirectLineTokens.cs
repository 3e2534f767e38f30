using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BriefingBot.DirectLine;

/// <summary>A token for one conversation and how many seconds it lives.</summary>
public sealed record DirectLineToken(string ConversationId, string Token, int ExpiresIn);

/// <summary>
/// Issues and checks self-contained Direct Line tokens: <c>conversationId.expiryUnixMs.signature</c>, the signature
/// an HMAC-SHA256 keyed by the configured secret (or by a random per-process key when the routes are open),
/// so no token store is needed and a restart with the same secret keeps tokens valid.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    /// <summary>Creates the token service.</summary>
    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var secret = options.Value.Secret;
        _key = string.IsNullOrEmpty(secret) ? RandomNumberGenerator.GetBytes(32) : SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        _lifetime = options.Value.TokenLifetime;
        _clock = clock;
    }

    /// <summary>Issues a token that grants access to one conversation until it expires.</summary>
    public DirectLineToken Issue(string conversationId)
    {
        if (conversationId.Contains('.')) throw new ArgumentException("A conversation id must not contain '.'.", nameof(conversationId));
        var expires = _clock.GetUtcNow() + _lifetime;
        var payload = $"{conversationId}.{expires.ToUnixTimeMilliseconds()}";
        return new DirectLineToken(conversationId, $"{payload}.{Sign(payload)}", (int)Math.Ceiling(_lifetime.TotalSeconds));
    }

    /// <summary>The conversation id a genuine, unexpired token grants; null for anything else.</summary>
    public string? Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !long.TryParse(parts[1], out var expiresMs)) return null;
        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2]))) return null;
        return _clock.GetUtcNow().ToUnixTimeMilliseconds() < expiresMs ? parts[0] : null;
    }

    private string Sign(string payload) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload)));
}
