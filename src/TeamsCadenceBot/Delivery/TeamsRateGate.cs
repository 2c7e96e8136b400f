using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Holds every connector request, replies to people included, until Teams' limits allow it, and pauses
/// a tenant that Teams throttled for the Retry-After it asked for.
/// </summary>
internal sealed class TeamsRateGate(TeamsRateLimiter limiter, TimeProvider clock) : IConnectorRequestGate, IConnectorThrottleListener
{
    public async ValueTask<IDisposable> EnterAsync(string? tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        if (tenantId is null)
        {
            return Permit.None;
        }

        while (true)
        {
            var now = clock.GetUtcNow();
            var wait = limiter.TryReserve(tenantId, conversationId, now);
            if (wait <= TimeSpan.Zero)
            {
                return new Permit(() => limiter.Complete(tenantId, conversationId, now, clock.GetUtcNow()));
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private sealed class Permit(Action? release) : IDisposable
    {
        public static readonly Permit None = new(null);

        public void Dispose() => release?.Invoke();
    }

    public void OnThrottled(string? tenantId, TimeSpan retryAfter)
    {
        if (tenantId is not null)
        {
            limiter.PauseTenant(tenantId, clock.GetUtcNow() + retryAfter);
        }
    }
}
