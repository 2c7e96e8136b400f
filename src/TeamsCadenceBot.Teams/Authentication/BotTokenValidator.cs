using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static TeamsCadenceBot.Teams.Authentication.AuthenticationFailure;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity: a trusted issuer, a published RS256-family key
/// (endorsed for the activity's channel when it is a Bot Framework key), the bot's app id as the only
/// audience, the lifetime with clock skew, and a <c>serviceurl</c> claim equal to the activity's.
/// </summary>
internal sealed class BotTokenValidator(
    TrustedIssuers issuers,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider timeProvider)
{
    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly LifetimeValidator _lifetime = TokenLifetime.Validator(timeProvider);

    public async Task<AuthenticationResult> ValidateAsync(
        string authorization,
        string? serviceUrl,
        string? channelId,
        CancellationToken cancellationToken)
    {
        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail(NotBearer);
        }

        if (Read(authorization[BearerPrefix.Length..].Trim()) is not { } token)
        {
            return AuthenticationResult.Fail(MalformedToken);
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail(AlgorithmNotAllowed);
        }

        if (issuers.Find(token.Issuer) is not { } issuer)
        {
            return AuthenticationResult.Fail(UnknownIssuer);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationResult.Fail(MissingKeyId);
        }

        if (await issuer.Keys.FindAsync(token.Kid, cancellationToken) is not { } key)
        {
            return AuthenticationResult.Fail(UnknownKey);
        }

        if (issuer.RequiresEndorsement && (channelId is null || !key.Endorsements.Contains(channelId)))
        {
            return AuthenticationResult.Fail(MissingEndorsement);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(issuer.Issuer, key.Key));
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail(Classify(result.Exception), result.Exception?.GetType().Name);
        }

        return CheckServiceUrl(token, serviceUrl);
    }

    private static JsonWebToken? Read(string value)
    {
        try
        {
            return new JsonWebToken(value);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    // Required of Entra ID tokens too: any app in the tenant can get a token for the bot's app id, but only
    // the Bot Service binds one to a conversation's service URL.
    private static AuthenticationResult CheckServiceUrl(JsonWebToken token, string? serviceUrl)
    {
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrEmpty(claimed))
        {
            return AuthenticationResult.Fail(MissingServiceUrl);
        }

        return string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Success
            : AuthenticationResult.Fail(ServiceUrlMismatch);
    }

    private static AuthenticationFailure Classify(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => Expired,
        SecurityTokenNotYetValidException => NotYetValid,
        SecurityTokenNoExpirationException => NoExpiry,
        SecurityTokenInvalidAudienceException => WrongAudience,
        SecurityTokenInvalidIssuerException => UnknownIssuer,
        SecurityTokenInvalidAlgorithmException => AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException => BadSignature,
        _ => InvalidToken,
    };

    private TokenValidationParameters Parameters(string issuer, SecurityKey key)
    {
        var settings = options.Value;
        return new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = settings.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = settings.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            LifetimeValidator = _lifetime,
        };
    }
}
