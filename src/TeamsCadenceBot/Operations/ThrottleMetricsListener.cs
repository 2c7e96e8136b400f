using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Operations;

/// <summary>Counts the 429s Teams answers; the connector tells every registered listener.</summary>
internal sealed class ThrottleMetricsListener(CadenceMetrics metrics) : IConnectorThrottleListener
{
    public void OnThrottled(string? tenantId, TimeSpan retryAfter) => metrics.Throttled("teams");
}
