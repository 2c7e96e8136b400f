using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// Checks a token's lifetime against the injected clock; the identity model's own check reads the system
/// clock (its time provider is not public in 8.23). Throws the identity model's exceptions so that the
/// reason of a refusal stays precise.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider timeProvider) =>
        (notBefore, expires, _, parameters) =>
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            if (expires is not { } expiry)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }

            if (notBefore is { } start && start > expiry)
            {
                throw new SecurityTokenInvalidLifetimeException("The token expires before it starts.");
            }

            if (notBefore is { } early && early > now + parameters.ClockSkew)
            {
                throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = early };
            }

            if (expiry < now - parameters.ClockSkew)
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiry };
            }

            return true;
        };
}
