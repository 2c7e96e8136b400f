using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>Deals and dated snapshots in memory, answering as the deal store would; records what was asked.</summary>
internal sealed class FakePipelineSource : IPipelineSource
{
    public List<Deal> Deals { get; } = [];

    public List<PipelineSnapshot> Snapshots { get; } = [];

    public List<(IReadOnlyCollection<string> Owners, DateOnly ClosedSince)> DealQueries { get; } = [];

    public List<(IReadOnlyCollection<string> Owners, DateOnly AsOf)> SnapshotQueries { get; } = [];

    public Task<IReadOnlyList<Deal>> ListDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly closedSince,
        CancellationToken cancellationToken)
    {
        DealQueries.Add((ownerIds, closedSince));
        IReadOnlyList<Deal> found = [.. Deals.Where(d => d.TenantId == tenantId && ownerIds.Contains(d.OwnerId)
            && (d.IsOpen || d.CloseDate is not { } closed || closed >= closedSince))];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Deal>> ListSnapshotAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        SnapshotQueries.Add((ownerIds, asOf));
        var latest = Snapshots.Where(s => s.TakenOn <= asOf).MaxBy(s => s.TakenOn);
        IReadOnlyList<Deal> found = latest is null
            ? []
            : [.. latest.Deals.Where(d => d.TenantId == tenantId && ownerIds.Contains(d.OwnerId))];
        return Task.FromResult(found);
    }
}
