using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

/// <summary>A 429 from Teams pauses every send to that tenant for the Retry-After it asked for.</summary>
internal sealed class TenantThrottle(TeamsRateLimiter limiter, TimeProvider clock) : IConnectorThrottleListener
{
    public void OnThrottled(string? tenantId, TimeSpan retryAfter)
    {
        if (tenantId is not null)
        {
            limiter.PauseTenant(tenantId, clock.GetUtcNow() + retryAfter);
        }
    }
}
