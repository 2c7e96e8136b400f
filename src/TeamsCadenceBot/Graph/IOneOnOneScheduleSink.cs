namespace TeamsCadenceBot.Graph;

/// <summary>
/// Where a confirmed <see cref="ProposedOneOnOne"/> goes: the 1:1 feature creates (or updates) the schedule between
/// the manager and the rep from it. Register one implementation; without it calendar discovery proposes nothing.
/// </summary>
public interface IOneOnOneScheduleSink
{
    /// <summary>
    /// The manager confirmed the proposal. May be called more than once for one proposal (a double click, a retried
    /// card action), so it must be idempotent, for example keyed by <see cref="ProposedOneOnOne.SeriesId"/> or by
    /// the manager and rep pair.
    /// </summary>
    Task ConfirmAsync(ProposedOneOnOne proposal, CancellationToken cancellationToken);
}
