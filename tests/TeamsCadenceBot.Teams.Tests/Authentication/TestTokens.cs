using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

/// <summary>Builds inbound tokens, good ones and every kind of bad one.</summary>
internal sealed record TestTokens
{
    public const string AppId = "0e4d3c2b-1a09-4f8e-9d7c-6b5a49382716";
    public const string TenantId = "7b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public required DateTimeOffset Now { get; init; }

    public string Issuer { get; init; } = BotFrameworkIssuer;

    public string Audience { get; init; } = AppId;

    public string? ServiceUrlClaim { get; init; } = ServiceUrl;

    public TimeSpan StartedAgo { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromMinutes(55);

    public static string EntraV1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";

    public static string EntraV2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public string SignedWith(SecurityKey key, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = (Now - StartedAgo).UtcDateTime,
            NotBefore = (Now - StartedAgo).UtcDateTime,
            Expires = (Now + ExpiresIn).UtcDateTime,
            Claims = ServiceUrlClaim is null ? null : new Dictionary<string, object> { ["serviceurl"] = ServiceUrlClaim },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    public string Unsigned(string keyId)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["nbf"] = (Now - StartedAgo).ToUnixTimeSeconds(),
            ["exp"] = (Now + ExpiresIn).ToUnixTimeSeconds(),
            ["serviceurl"] = ServiceUrlClaim,
        };
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }
}
