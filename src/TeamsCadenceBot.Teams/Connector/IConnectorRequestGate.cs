namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Paces connector requests: entered before every HTTP attempt, retries included, and left when the
/// answer arrives, so that an application can keep Teams' per-conversation and per-tenant rate limits
/// however often a call is retried and however long a request takes to reach Teams.
/// </summary>
public interface IConnectorRequestGate
{
    /// <summary>
    /// Completes when a request for the tenant (and conversation, when it has one) may be sent; dispose
    /// the result when its answer arrived.
    /// </summary>
    ValueTask<IDisposable> EnterAsync(string? tenantId, string? conversationId, CancellationToken cancellationToken);
}
