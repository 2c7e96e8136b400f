namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Hears when Teams throttles the bot (HTTP 429), so that a sender can pause all its work for that tenant
/// rather than only the request that was refused.
/// </summary>
public interface IConnectorThrottleListener
{
    /// <summary>Teams asked the bot to wait <paramref name="retryAfter"/> before its next request for the tenant.</summary>
    void OnThrottled(string? tenantId, TimeSpan retryAfter);
}
