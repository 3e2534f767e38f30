using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BriefingBot.Host.Tests.Security;

/// <summary>Bearer tokens that look like Bot Framework tokens but are signed with keys nobody trusts.</summary>
public static class ForgedTokens
{
    /// <summary>Issuer of tokens the Bot Framework channels send.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Issuer (v1) of tokens the Emulator sends.</summary>
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    /// <summary>A channel-style token for the bot, RS256-signed with a fresh random key.</summary>
    public static string SignedWithRandomKey(string issuer, string appId, string serviceUrl)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };
        var claims = new List<Claim> { new("serviceurl", serviceUrl), new("appid", appId), new("ver", "1.0") };
        var token = new JwtSecurityToken(issuer, appId, claims, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(string appId, string serviceUrl)
    {
        var token = new JwtSecurityToken(ChannelIssuer, appId, [new Claim("serviceurl", serviceUrl)],
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
