using System.Collections.Concurrent;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>Records every throttle the client reports, in order.</summary>
internal sealed class RecordingThrottleListener : IConnectorThrottleListener
{
    public ConcurrentQueue<(string? TenantId, TimeSpan RetryAfter)> Throttles { get; } = new();

    public void OnThrottled(string? tenantId, TimeSpan retryAfter) => Throttles.Enqueue((tenantId, retryAfter));
}
