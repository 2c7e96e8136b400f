using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Where reviews read deals from. The host wires it to the deal store; reviews only read, never write.
/// </summary>
internal interface IPipelineSource
{
    /// <summary>
    /// The open deals of <paramref name="ownerIds"/> (person ids) and those of their deals that closed, won
    /// or lost, on or after <paramref name="closedSince"/> (by close date; a closed deal without a close date
    /// counts as closed on the import that last changed it).
    /// </summary>
    Task<IReadOnlyList<Deal>> ListDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly closedSince,
        CancellationToken cancellationToken);

    /// <summary>
    /// The deals of <paramref name="ownerIds"/> as the latest weekly snapshot taken on or before
    /// <paramref name="asOf"/> kept them, open and closed; empty when no snapshot is that old.
    /// </summary>
    Task<IReadOnlyList<Deal>> ListSnapshotAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly asOf,
        CancellationToken cancellationToken);
}
